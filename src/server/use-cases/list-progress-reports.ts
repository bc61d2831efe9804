// 半年进展报告 (F4 item 5): every half year of the creation period with its status today, and the reports given.
import type { ProgressReportList } from '../../contracts/progress-reports';
import { progressReportsRepository } from '../../db/repositories/progress-reports.repository';
import { halfYearsOf, planGoalsOf } from '../../domain/creation-data/progress-periods';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { goalViews, halfYearViews } from './progress-report-view';

export async function listProgressReports(deps: Deps, ctx: RequestContext, id: string): Promise<ProgressReportList> {
  const { application, period } = await loadCreationObject(deps, ctx, id);
  const reports = await progressReportsRepository.listByApplication(deps.db, application.id);
  const goals = goalViews(application, planGoalsOf(application.content));
  return { halfYears: halfYearViews(halfYearsOf(period), reports, goals, deps.clock.today()), goals };
}
