// F8 item 1: the overdue items as of today (deps.clock.today()), from the deadline job's own loaders and rules
// (deadlines.repository.ts, src/domain/deadlines/* via overdueFindings), filtered by the dashboard's filters.
import type { AppliedFilters, OverdueItem } from '../../../contracts/oversight';
import type { Db } from '../../../db/client';
import { deadlinesRepository } from '../../../db/repositories/deadlines.repository';
import { oversightOverdueRepository } from '../../../db/repositories/oversight-overdue.repository';
import { PROGRESS_REPORTING_STATES } from '../../../domain/deadlines/creation-deadlines';
import { divisionName } from '../../../domain/divisions/divisions';
import { overdueFindings } from '../../../domain/oversight/overdue';
import { OVERDUE_KIND_LABELS } from '../../../domain/oversight/oversight-rules';
import type { PlainDate } from '../../../domain/shared/plain-date';

export async function loadOverdueItems(db: Db, filters: AppliedFilters, today: PlainDate): Promise<OverdueItem[]> {
  // One after another: PGlite is one connection, and a transaction too.
  const pendingCityReviews = await deadlinesRepository.listPendingCityReviewsPast(db, today);
  const entryObjections = await oversightOverdueRepository.listEntryObjections(db);
  const objects = await deadlinesRepository.listCreationObjects(db, PROGRESS_REPORTING_STATES);
  const changeReports = await oversightOverdueRepository.listChangeReports(db);
  const openReReviews = await deadlinesRepository.listOpenReReviews(db);
  const findings = overdueFindings(
    {
      pendingCityReviews,
      entryObjections,
      creationObjects: objects.map((o) => ({ ...o, creationPeriodEndsOn: o.facts.creationPeriodEndsOn, isExtended: o.facts.isExtended })),
      changeReports,
      openReReviews,
    },
    today,
  );
  const candidates = findings.filter((finding) => filters.city === null || finding.cityCode === filters.city);
  const meta = new Map((await oversightOverdueRepository.findSubjectMeta(db, candidates.flatMap((f) => (f.applicationId ? [f.applicationId] : [])))).map((m) => [m.id, m]));
  return candidates
    .filter((finding) => {
      const subject = finding.applicationId ? meta.get(finding.applicationId) : undefined;
      if (!subject) return false;
      return (
        (filters.year === null || subject.callYear === filters.year) &&
        (filters.carrier === null || subject.carrier === filters.carrier) &&
        (filters.platformKind === null || subject.platformKind === filters.platformKind)
      );
    })
    .map((finding) => ({ ...finding, kindLabel: OVERDUE_KIND_LABELS[finding.kind], cityName: divisionName(finding.cityCode) ?? finding.cityCode }));
}
