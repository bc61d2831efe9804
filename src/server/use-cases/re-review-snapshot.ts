// The snapshot a re-review is judged on (ADR 0016): the F4 indicator dashboard of the re-review window against the
// pinned standard set (the certification standard is what a certified platform keeps meeting) and the counts of the
// window's Art. 14 records, frozen once — on the operator's submission, or on the city's assessment (or the
// province's decision) without one — and never recomputed, so later data cannot change what was judged.
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import type { ReReviewRow } from '../../db/repositories/re-review.repository';
import type { ReReviewSnapshot } from '../../db/schema/re-review';
import { countObligations } from '../../domain/obligations/obligation-rules';
import { reReviewWindowLabel } from '../../domain/re-review/re-review-rules';
import type { Deps } from './context';
import type { LoadedCreationObject } from './creation-object-view';
import { computeIndicatorDashboardFor } from './get-indicator-dashboard';

export async function takeReReviewSnapshot(source: Pick<Deps, 'db' | 'clock'>, loaded: LoadedCreationObject, row: ReReviewRow): Promise<ReReviewSnapshot> {
  const window = { startsOn: row.windowStartsOn, endsOn: row.windowEndsOn, label: reReviewWindowLabel(row.isAfterRectification) };
  // Index 0 reads as a multi-year window (yearly indicators noted as such); the rectification year is one year.
  const dashboard = await computeIndicatorDashboardFor(source, loaded, { index: row.isAfterRectification ? 1 : 0, ...window });
  // Voided records do not count (countObligations skips them).
  const obligations = countObligations(await obligationRecordsRepository.listInWindow(source.db, row.applicationId, window));
  return {
    standardVersion: dashboard.standardVersion,
    takenOn: source.clock.today(),
    window,
    dashboard: dashboard as unknown as Record<string, unknown>,
    obligations,
  };
}
