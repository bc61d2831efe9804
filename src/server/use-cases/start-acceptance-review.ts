// 组织评估验收 (F5 item 1; Art. 7(3)): the province opens the review from the day after the period, whether or not the
// operator applied (guard creationPeriodOver). That moment freezes the snapshot (ADR 0015): the whole-period indicator
// dashboard, computed exactly as 指标看板 shows it, with the standard version and the day — never recomputed, so a
// later data correction cannot change what was judged.
import type { AcceptanceView } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { AppError } from '../../domain/shared/app-error';
import { buildAcceptanceView } from './acceptance-view';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { computeIndicatorDashboard } from './get-indicator-dashboard';
import { notify } from './notify';
import { findOrCreateAttempt } from './save-acceptance-draft';

export async function startAcceptanceReview(deps: Deps, ctx: RequestContext, id: string, lockVersion: number): Promise<AcceptanceView> {
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const application = await lockApplication(tx, ctx, id, 'acceptance.manage', lockVersion);
    const loaded = await loadCreationObject(source, ctx, id, { action: 'acceptance.manage' });
    await applyApplicationEvent(tx, deps, ctx, application, 'start_acceptance_review');
    // The attempt row exists when the operator applied or drafted; otherwise the review starts without a submission.
    const row = await findOrCreateAttempt(tx, deps, application);
    if (row.startedAt) throw new AppError('STATE_CHANGED', `第${row.attempt}次评估验收已组织，请刷新后查看`);
    const dashboard = await computeIndicatorDashboard(source, loaded, 0);
    const takenOn = deps.clock.today();
    const { whole } = loaded.period;
    const snapshot = {
      standardVersion: dashboard.standardVersion,
      takenOn,
      window: { startsOn: whole.startsOn, endsOn: whole.endsOn, label: whole.label },
      dashboard: dashboard as unknown as Record<string, unknown>,
    };
    const now = deps.clock.now();
    await acceptanceRepository.update(tx, row.id, { startedBy: ctx.actor?.userId ?? null, startedAt: now, snapshot, updatedAt: now });
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance.started',
      objectType: 'acceptance_review',
      objectId: row.id,
      after: { applicationId: application.id, attempt: row.attempt, standardVersion: snapshot.standardVersion, takenOn, window: snapshot.window, wasSubmitted: row.submittedAt !== null },
    });
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
      title: '省工业和信息化厅已组织评估验收',
      body: `“${application.name}”的第${row.attempt}次评估验收已开始，验收以${takenOn}固定的创建期指标数据为准。`,
      link: `/workspace/creation-objects/${application.id}?tab=acceptance`,
    });
    return buildAcceptanceView(tx, deps, await loadCreationObject(source, ctx, id, { action: 'acceptance.read' }));
  });
}
