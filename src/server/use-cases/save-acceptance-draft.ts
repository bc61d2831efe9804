// 评估验收申请 (F5 item 1; Art. 7(3)): the operator drafts its 创建工作总结 and one 目标完成情况 per plan goal while the
// object is in creation — before the period's last day too, so the work can be written as it ends. The attempt's row
// is created on the first save; nothing is checked for completeness until the submission (submit-acceptance.ts).
import type { AcceptanceView, SaveAcceptanceDraftRequest } from '../../contracts/acceptance';
import { acceptanceRepository, type AcceptanceReviewRow } from '../../db/repositories/acceptance.repository';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import type { Db } from '../../db/client';
import { planGoalsOf } from '../../domain/creation-data/progress-periods';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { attemptOf, buildAcceptanceView } from './acceptance-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

/** ADR 0015: the operator's submission is written only while the object is in creation (not once submitted). */
export function requireDraftable(application: Pick<ApplicationRow, 'state'>): void {
  if (application.state !== 'creating') {
    throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，不能再修改评估验收申请`, { details: { state: application.state } });
  }
}

/** The row of the attempt now open (1, or 2 after the extension), created when first needed. */
export async function findOrCreateAttempt(tx: Db, deps: Pick<Deps, 'clock'>, application: ApplicationRow): Promise<AcceptanceReviewRow> {
  const attempt = attemptOf(application.facts);
  const existing = await acceptanceRepository.findAttempt(tx, application.id, attempt);
  if (existing) return existing;
  const now = deps.clock.now();
  const created = await acceptanceRepository.insert(tx, { applicationId: application.id, attempt, createdAt: now, updatedAt: now });
  // The caller holds the application's lock, so nobody else can have created the row in between.
  if (!created) throw new Error(`acceptance attempt ${attempt} of ${application.id} appeared under a lock`);
  return created;
}

export async function saveAcceptanceDraft(deps: Deps, ctx: RequestContext, id: string, input: SaveAcceptanceDraftRequest): Promise<AcceptanceView> {
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const loaded = await loadCreationObject(source, ctx, id, { action: 'acceptance.submit', isLocked: true });
    const { application } = loaded;
    requireDraftable(application);
    const goals = planGoalsOf(application.content);
    const seen = new Set<number>();
    const issues = input.goalReports.flatMap((report, i) => {
      if (report.goalIndex >= goals.length) return [{ path: `goalReports.${i}.goalIndex`, message: `创建方案共有${goals.length}项创建目标，没有第${report.goalIndex + 1}项` }];
      if (seen.has(report.goalIndex)) return [{ path: `goalReports.${i}.goalIndex`, message: `第${report.goalIndex + 1}项创建目标的完成情况重复填写` }];
      seen.add(report.goalIndex);
      return [];
    });
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', '创建目标完成情况与创建方案不一致', { issues });

    const row = await findOrCreateAttempt(tx, deps, application);
    const goalReports = input.goalReports.map((r) => ({ goalIndex: r.goalIndex, achieved: r.achieved })).sort((a, b) => a.goalIndex - b.goalIndex);
    await acceptanceRepository.update(tx, row.id, { summary: input.summary, goalReports, updatedAt: deps.clock.now() });
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance.draft_saved',
      objectType: 'acceptance_review',
      objectId: row.id,
      after: { applicationId: application.id, attempt: row.attempt, summaryLength: input.summary.length, goalReports: goalReports.length },
    });
    return buildAcceptanceView(tx, deps, loaded);
  });
}
