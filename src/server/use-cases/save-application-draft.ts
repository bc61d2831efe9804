import type { ApplicationDetail } from '../../contracts/applications';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import type { ApplicationDraft } from '../../domain/applications/application-content';
import { AppError } from '../../domain/shared/app-error';
import { stateChanged, lockApplication } from './apply-application-event';
import { buildApplicationDetail } from './application-view';
import { appendAudit, type Deps, type RequestContext } from './context';

/** The applicant may change the content only while it is its own to edit: a draft, or returned for revision. */
export function requireEditable(application: ApplicationRow): void {
  if (application.state !== 'draft' && application.state !== 'returned_for_revision') {
    throw new AppError('TRANSITION_NOT_ALLOWED', '申报已提交，当前状态下不能修改；如需修改，请等待地市退回修改', {
      details: { state: application.state, lockVersion: application.lockVersion },
    });
  }
}

/** Saves the wizard's content as it stands (complete or not). Art. 7(1). */
export async function saveApplicationDraft(deps: Deps, ctx: RequestContext, id: string, lockVersion: number, content: ApplicationDraft): Promise<ApplicationDetail> {
  const { saved, actor } = await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.apply', lockVersion);
    requireEditable(application);
    const row = await applicationsRepository.updateDraft(tx, id, lockVersion, {
      content: content as Record<string, unknown>,
      name: content.name?.trim() ?? '',
      carrier: content.carrier ?? application.carrier,
      at: deps.clock.now(),
    });
    if (!row) throw stateChanged(application);
    await appendAudit(tx, deps, ctx, { action: 'application.draft_saved', objectType: 'application', objectId: id, after: { lockVersion: row.lockVersion } });
    return { saved: row, actor: ctx.actor };
  });
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return buildApplicationDetail(deps, deps.db, actor, saved);
}
