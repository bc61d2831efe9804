// 半年进展报告: the city of the creation object comments once on each report (Art. 13, the city's daily management);
// another city cannot tell the report exists (404). The operator is told.
import type { CityCommentRequest, ProgressReportView } from '../../contracts/progress-reports';
import { progressReportsRepository } from '../../db/repositories/progress-reports.repository';
import { halfYearsOf, planGoalsOf } from '../../domain/creation-data/progress-periods';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { notFound } from './require-actor';
import { goalViews, toReportView } from './progress-report-view';

export async function commentProgressReport(deps: Deps, ctx: RequestContext, id: string, reportId: string, input: CityCommentRequest): Promise<ProgressReportView> {
  return deps.db.transaction(async (tx) => {
    const { actor, application, period } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'progressReport.comment' });
    const report = await progressReportsRepository.findById(tx, reportId);
    if (!report || report.applicationId !== application.id) throw notFound();
    const commented = await progressReportsRepository.addCityComment(tx, report.id, { cityComment: input.comment, cityCommentedBy: actor.userId, cityCommentedAt: deps.clock.now() });
    if (!commented) throw new AppError('STATE_CHANGED', '该进展报告已有地市意见，不能重复填写或修改');
    await appendAudit(tx, deps, ctx, { action: 'progressReport.cityCommented', objectType: 'progress_report', objectId: report.id, before: { cityComment: null }, after: { applicationId: application.id, halfYear: report.halfYear, cityComment: input.comment } });
    const half = halfYearsOf(period).find((h) => h.index === report.halfYear);
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
      title: '半年进展报告已有地市意见',
      body: `“${application.name}”创建期${half?.label ?? `第${report.halfYear}个半年`}的进展报告已有地市意见：${input.comment.slice(0, 200)}`,
      link: `/workspace/creation-objects/${application.id}?tab=progress-reports`,
    });
    return toReportView({ report: commented, submittedByName: null, cityCommentedByName: null }, half, goalViews(application, planGoalsOf(application.content)));
  });
}
