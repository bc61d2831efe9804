// How half years and progress reports are shown: the plan's goals with their indicator names, each half year with
// its status on the day asked (src/domain/creation-data/progress-periods.ts) and its report.
import type { HalfYearView, PlanGoalView, ProgressReportView } from '../../contracts/progress-reports';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import type { ProgressReportRow } from '../../db/repositories/progress-reports.repository';
import type { PlanGoal } from '../../domain/applications/application-content';
import { HALF_YEAR_STATUS_LABELS, halfYearStatus, isLate, type HalfYear } from '../../domain/creation-data/progress-periods';
import type { PlainDate } from '../../domain/shared/plain-date';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { shanghaiDateOf } from '../clock';

export interface ReportWithNames {
  report: ProgressReportRow;
  submittedByName: string | null;
  cityCommentedByName: string | null;
}

export function goalViews(application: Pick<ApplicationRow, 'standardVersion'>, goals: readonly PlanGoal[]): PlanGoalView[] {
  const indicators = findStandardSet(application.standardVersion)?.indicators ?? [];
  return goals.map((goal) => ({ ...goal, indicatorName: indicators.find((i) => i.code === goal.indicatorCode)?.name ?? goal.indicatorCode }));
}

export function toReportView(entry: ReportWithNames, half: HalfYear | undefined, goals: readonly PlanGoalView[]): ProgressReportView {
  const { report } = entry;
  return {
    id: report.id,
    halfYear: report.halfYear,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    narrative: report.narrative,
    goalProgress: report.goalProgress.map((g, i) => ({
      indicatorCode: g.indicatorCode,
      indicatorName: goals[i]?.indicatorCode === g.indicatorCode ? (goals[i]?.indicatorName ?? g.indicatorCode) : g.indicatorCode,
      target: g.target,
      progress: g.progress,
    })),
    submittedAt: report.submittedAt.toISOString(),
    submittedByName: entry.submittedByName,
    isLate: half ? isLate(half, shanghaiDateOf(report.submittedAt)) : false,
    cityComment: report.cityComment,
    cityCommentedAt: report.cityCommentedAt?.toISOString() ?? null,
    cityCommentedByName: entry.cityCommentedByName,
  };
}

export function halfYearViews(halves: readonly HalfYear[], reports: readonly ReportWithNames[], goals: readonly PlanGoalView[], today: PlainDate): HalfYearView[] {
  return halves.map((half) => {
    const entry = reports.find((r) => r.report.halfYear === half.index);
    const status = halfYearStatus(half, today, entry !== undefined);
    return { ...half, status, statusLabel: HALF_YEAR_STATUS_LABELS[status], report: entry ? toReportView(entry, half, goals) : null };
  });
}
