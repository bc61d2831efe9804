// Art. 14 义务履行记录 (ADR 0016): when the operator may record, which activity days are taken, and that a record is
// withdrawn (作废) once. Pure: the caller passes today and the creation period's first day.
import { isCollectingData } from '../creation-data/collection-states';
import type { ErrorIssue } from '../shared/app-error';
import type { PlainDate } from '../shared/plain-date';

/**
 * Art. 14 binds a platform from creation on (the ADR: "from creation until revocation"): the states that collect
 * data — creating through acceptance and certification, certified, re-review and rectifying. Nothing before
 * creation, nothing after an exit, a cancellation or a revocation (those are frozen records).
 */
export function mayRecordObligations(state: string): boolean {
  return isCollectingData(state);
}

/**
 * The activity's day: not after today (a record of what happened, not a plan) and not before the creation period's
 * first day (the obligations bind a creation object; earlier work is the application's). Both ends inclusive.
 */
export function heldOnIssue(heldOn: PlainDate, today: PlainDate, periodStartsOn: PlainDate): ErrorIssue | null {
  if (heldOn > today) return { path: 'heldOn', message: `活动日期不能晚于今天（${today}）` };
  if (heldOn < periodStartsOn) return { path: 'heldOn', message: `活动日期不能早于创建期开始日（${periodStartsOn}）` };
  return null;
}

export type VoidRefusal = 'already_voided' | null;

/** A record is withdrawn once; the first reason stands. */
export function voidRefusal(record: { voidedAt: Date | null }): VoidRefusal {
  return record.voidedAt !== null ? 'already_voided' : null;
}

export type EvidenceRefusal = 'voided' | 'too_many' | null;

/** Evidence is added to a record that stands, up to the maximum number of files. */
export function evidenceRefusal(record: { voidedAt: Date | null; evidenceFileIds: readonly string[] }, maxFiles: number): EvidenceRefusal {
  if (record.voidedAt !== null) return 'voided';
  if (record.evidenceFileIds.length >= maxFiles) return 'too_many';
  return null;
}

/** Counts of the records that stand, by kind (a withdrawn record is listed but not counted). */
export function countObligations(records: readonly { kind: string; voidedAt: Date | null }[]): { governmentActivities: number; sharingActivities: number } {
  let governmentActivities = 0;
  let sharingActivities = 0;
  for (const r of records) {
    if (r.voidedAt !== null) continue;
    if (r.kind === 'government_activity') governmentActivities += 1;
    else if (r.kind === 'sharing_activity') sharingActivities += 1;
  }
  return { governmentActivities, sharingActivities };
}
