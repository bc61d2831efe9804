// 申请评估验收 (F5 item 1; Art. 7(3): 创建期满后…评估验收): the operator submits its draft from the period's last day
// on (guard creationPeriodReached); the 创建工作总结 and every plan goal's 目标完成情况 are required, each missing one
// named. The state change goes through applyApplicationEvent like every other; the province is told.
import { ACCEPTANCE_SUMMARY_MAX_LENGTH, type AcceptanceView } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { planGoalsOf } from '../../domain/creation-data/progress-periods';
import { AppError, type ErrorIssue } from '../../domain/shared/app-error';
import { attemptOf, buildAcceptanceView } from './acceptance-view';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';

export async function submitAcceptance(deps: Deps, ctx: RequestContext, id: string, lockVersion: number): Promise<AcceptanceView> {
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const application = await lockApplication(tx, ctx, id, 'acceptance.submit', lockVersion);
    const { period } = await loadCreationObject(source, ctx, id, { action: 'acceptance.submit' });
    const row = await acceptanceRepository.findAttempt(tx, application.id, attemptOf(application.facts));
    const goals = planGoalsOf(application.content);
    const summary = row?.summary.trim() ?? '';
    const issues: ErrorIssue[] = [];
    if (summary === '') issues.push({ path: 'summary', message: '请填写创建工作总结' });
    if (summary.length > ACCEPTANCE_SUMMARY_MAX_LENGTH) issues.push({ path: 'summary', message: `创建工作总结不能超过${ACCEPTANCE_SUMMARY_MAX_LENGTH}个字` });
    goals.forEach((goal, i) => {
      const achieved = row?.goalReports.find((r) => r.goalIndex === i)?.achieved.trim() ?? '';
      if (achieved === '') issues.push({ path: `goalReports.${i}.achieved`, message: `请填写创建目标“${goal.target}”的完成情况` });
    });
    // The lifecycle decides first, so a submission before the period's last day is told why (creationPeriodReached);
    // a refused submission rolls the state change back with everything else.
    await applyApplicationEvent(tx, deps, ctx, application, 'submit_acceptance');
    if (issues.length > 0 || !row) throw new AppError('VALIDATION_FAILED', '请填写创建工作总结和各项创建目标的完成情况后再提交', { issues });

    const now = deps.clock.now();
    await acceptanceRepository.update(tx, row.id, { submittedBy: ctx.actor?.userId ?? null, submittedAt: now, updatedAt: now });
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance.submitted',
      objectType: 'acceptance_review',
      objectId: row.id,
      after: { applicationId: application.id, attempt: row.attempt, goalReports: row.goalReports.length, evidenceFileIds: row.evidenceFileIds },
    });
    await notify(tx, deps, { role: 'province' }, {
      title: '有创建对象申请评估验收',
      body: `“${application.name}”的创建期至${period.endsOn}届满，已提交第${row.attempt}次评估验收申请，请组织评估验收。`,
      link: `/workspace/acceptance/${application.id}`,
    });
    return buildAcceptanceView(tx, deps, await loadCreationObject(source, ctx, id, { action: 'acceptance.read' }));
  });
}
