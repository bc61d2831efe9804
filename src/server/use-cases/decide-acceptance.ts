// 验收结论 (F5 item 1; Art. 7(3)): the province decides pass or fail with a reason, once, after every assigned expert
// has declared and every one who declared no conflict has given an opinion (at least one; decision-readiness.ts). A pass makes the object a 拟认定对象
// (pass_acceptance); a fail extends the period by a year the first time and ends the creation the second
// (fail_acceptance — the lifecycle table picks by isExtended). The operator and its city are told.
// The decision is on the attempt's current revision (a new one after an upheld 拟认定公示 objection) and counts only
// that revision's opinions: the experts judged a case the objection has since put in doubt, so the province assigns
// experts again; the earlier revisions' opinions stay visible in the view.
import { ACCEPTANCE_OUTCOME_LABELS, type AcceptanceDecisionRequest, type AcceptanceView } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { decideBlockedReason } from '../../domain/acceptance/decision-readiness';
import { attemptOf, buildAcceptanceView } from './acceptance-view';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { requirePermission } from './require-actor';

export async function decideAcceptance(deps: Deps, ctx: RequestContext, id: string, input: AcceptanceDecisionRequest): Promise<AcceptanceView> {
  const actor = requirePermission(ctx, 'acceptance.manage');
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const application = await lockApplication(tx, ctx, id, 'acceptance.manage', input.lockVersion);
    await loadCreationObject(source, ctx, id, { action: 'acceptance.manage' });
    // Application, then review (as the expert side's assignment, declaration and opinion), and every check after
    // both locks: an opinion or a declaration either lands before the count or sees the decision and is refused.
    const row = await acceptanceRepository.lockAttempt(tx, application.id, attemptOf(application.facts));
    if (application.state !== 'acceptance_review' || !row?.startedAt) {
      throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，没有正在进行的评估验收`, { details: { state: application.state } });
    }
    if (row.outcome) throw new AppError('STATE_CHANGED', `第${row.attempt}次评估验收已作出结论（${row.outcome === 'passed' ? '通过' : '未通过'}），不能重复作出`);
    const blocked = decideBlockedReason(await acceptanceRepository.opinionCounts(tx, row.id));
    if (blocked) throw new AppError('TRANSITION_PRECONDITION_FAILED', `暂不能作出验收结论：${blocked}`);

    const saved = await applyApplicationEvent(tx, deps, ctx, application, input.outcome === 'passed' ? 'pass_acceptance' : 'fail_acceptance', { reason: input.reason });
    const now = deps.clock.now();
    const decided = await acceptanceRepository.decide(tx, row.id, { outcome: input.outcome, outcomeReason: input.reason, decidedBy: actor.userId, decidedAt: now, updatedAt: now });
    if (!decided) throw new AppError('STATE_CHANGED', '验收结论已由他人作出，请刷新后查看');
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance.decided',
      objectType: 'acceptance_review',
      objectId: row.id,
      after: { applicationId: application.id, attempt: row.attempt, revision: row.revision, outcome: input.outcome, reason: input.reason, state: saved.state },
    });
    const consequence =
      input.outcome === 'passed' ? '已确定为拟认定对象，将进行拟认定公示。' : saved.state === 'exited' ? '延期后再次验收未通过，退出创建活动。' : `创建期延长1年，至${saved.facts.creationPeriodEndsOn ?? ''}。`;
    const notice = {
      title: `评估验收结论：${ACCEPTANCE_OUTCOME_LABELS[input.outcome]}`,
      body: `“${application.name}”第${row.attempt}次评估验收${row.revision > 1 ? '（拟认定公示异议属实后重新作出结论）' : ''}${ACCEPTANCE_OUTCOME_LABELS[input.outcome]}，${consequence}理由：${input.reason}`,
      link: `/workspace/creation-objects/${application.id}?tab=acceptance`,
    };
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, notice);
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    return buildAcceptanceView(tx, deps, await loadCreationObject(source, ctx, id, { action: 'acceptance.read' }));
  });
}
