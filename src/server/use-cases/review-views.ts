// Shapes shared by the city's and the province's review answers and exports: decisions, formal checks and the
// internal score summary (Art. 7(1)(2); scores never leave the workspace, Art. 8).
import type { DecisionSummary } from '../../contracts/city-review';
import type { FormalCheckSummary, ScoreSummary } from '../../contracts/province-review';
import type { ApplicationEventRow } from '../../db/repositories/applications.repository';
import { callsRepository, type CallRow } from '../../db/repositories/calls.repository';
import type { ExpertReviewDetail, FormalCheckRow } from '../../db/repositories/review-decisions.repository';
import type { Db } from '../../db/client';
import { findCity, findCityChild } from '../../domain/divisions/divisions';
import { EVENT_LABELS, isLifecycleEvent } from '../../domain/lifecycle/events';
import { planTotal } from '../../domain/review/plan-score';
import { tallyReviews } from '../../domain/review/review-tally';
import { notFound } from './require-actor';

export const CITY_DECISION_EVENTS = ['return_for_revision', 'reject_by_city', 'recommend'] as const;
export const PROVINCE_DECISION_EVENTS = ['reject_by_province', 'shortlist'] as const;

export function cityName(code: string): string {
  return findCity(code)?.name ?? code;
}

export function countyName(code: string): string {
  return findCityChild(code)?.division.name ?? code;
}

export function decisionSummary(event: ApplicationEventRow | undefined): DecisionSummary | null {
  if (!event) return null;
  return { event: event.event, label: isLifecycleEvent(event.event) ? EVENT_LABELS[event.event] : event.event, reason: event.reason, at: event.occurredAt.toISOString() };
}

export function formalCheckSummary(row: FormalCheckRow | undefined): FormalCheckSummary | null {
  return row ? { isPassed: row.isPassed, note: row.note, checkedAt: row.checkedAt.toISOString() } : null;
}

/** A submitted review counts once it has scores; a conflicted expert never scores (expert_reviews check). */
export function isScored(review: ExpertReviewDetail): review is ExpertReviewDetail & { scores: Record<string, number> } {
  return review.submittedAt !== null && review.scores !== null;
}

export function reviewTotal(call: Pick<CallRow, 'criterionWeights' | 'maxScore'>, review: ExpertReviewDetail): number | null {
  return isScored(review) ? planTotal(call, review.scores) : null;
}

/** Attachment 3: the mean of the experts' totals for each application (one definition: review-tally). */
export function scoreSummaries(call: Pick<CallRow, 'criterionWeights' | 'maxScore'>, reviews: readonly ExpertReviewDetail[]): Map<string, ScoreSummary> {
  const grouped = new Map<string, ExpertReviewDetail[]>();
  for (const review of reviews) grouped.set(review.applicationId, [...(grouped.get(review.applicationId) ?? []), review]);
  const result = new Map<string, ScoreSummary>();
  for (const [applicationId, list] of grouped) {
    const tally = tallyReviews(call, list);
    result.set(applicationId, { meanScore: tally.meanTotal, scoredExperts: tally.submitted, assignedExperts: tally.assigned });
  }
  return result;
}

export const NO_SCORES: ScoreSummary = { meanScore: null, scoredExperts: 0, assignedExperts: 0 };

/** A published call, or 404 (drafts are the province's own and have no applications). */
export async function findPublishedCall(db: Db, callId: string, forUpdate = false): Promise<CallRow> {
  const call = forUpdate ? await callsRepository.findByIdForUpdate(db, callId) : await callsRepository.findById(db, callId);
  if (!call || call.status !== 'published') throw notFound();
  return call;
}

export function shanghaiDateTime(at: Date | null): string {
  if (!at) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
}
