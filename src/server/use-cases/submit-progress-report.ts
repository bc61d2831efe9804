// 半年进展报告 (F4 item 5; Art. 13): the operator reports a half year once, from its last day on (a late report is
// still taken and shows as late), with its progress on each goal of the creation plan; the city is told.
import type { ProgressReportView, SubmitProgressReportRequest } from '../../contracts/progress-reports';
import { progressReportsRepository } from '../../db/repositories/progress-reports.repository';
import { findGoalProgressProblems, halfYearsOf, isReportable, planGoalsOf } from '../../domain/creation-data/progress-periods';
import { AppError } from '../../domain/shared/app-error';
import { requireCollectingData } from '../creation-data/collection-context';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { goalViews, toReportView } from './progress-report-view';

export async function submitProgressReport(deps: Deps, ctx: RequestContext, id: string, input: SubmitProgressReportRequest): Promise<ProgressReportView> {
  return deps.db.transaction(async (tx) => {
    const { actor, application, period } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'creationData.write' });
    requireCollectingData(application);
    const halves = halfYearsOf(period);
    const half = halves[input.halfYear - 1];
    if (!half) {
      const message = `创建期共有${halves.length}个半年，报告期应为1至${halves.length}`;
      throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'halfYear', message }] });
    }
    if (!isReportable(half, deps.clock.today())) {
      throw new AppError('REPORT_NOT_DUE', `${half.label}（${half.startsOn}至${half.endsOn}）尚未结束，自${half.endsOn}起可提交进展报告`, { details: { opensOn: half.endsOn } });
    }
    const goals = planGoalsOf(application.content);
    const problems = findGoalProgressProblems(goals, input.goalProgress);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', '请逐项填写创建方案中各项创建目标的进展', { issues: problems });

    const report = await progressReportsRepository.insert(tx, {
      applicationId: application.id,
      halfYear: half.index,
      periodStart: half.startsOn,
      periodEnd: half.endsOn,
      narrative: input.narrative,
      goalProgress: goals.map((goal, i) => ({ ...goal, progress: input.goalProgress[i]?.progress ?? '' })),
      submittedBy: actor.userId,
      submittedAt: deps.clock.now(),
    });
    if (!report) throw new AppError('STATE_CHANGED', `${half.label}的进展报告已提交，不能重复提交`, { details: { halfYear: half.index } });
    await appendAudit(tx, deps, ctx, { action: 'progressReport.submitted', objectType: 'progress_report', objectId: report.id, after: { applicationId: application.id, halfYear: half.index, periodStart: half.startsOn, periodEnd: half.endsOn } });
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, {
      title: '有新的半年进展报告待评阅',
      body: `“${application.name}”提交了创建期${half.label}（${half.startsOn}至${half.endsOn}）的进展报告，请填写地市意见。`,
      link: `/workspace/creation-objects/${application.id}?tab=progress-reports`,
    });
    return toReportView({ report, submittedByName: null, cityCommentedByName: null }, half, goalViews(application, goals));
  });
}
