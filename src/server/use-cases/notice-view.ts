// Shapes of a notice for the public and for the province. The public sees entries and outcomes, never a score,
// a rank or who objected (Art. 8, Art. 7(2)).
import type { NoticeAdminSummary, NoticeEntryView, NoticeStage, PublicNoticeSummary } from '../../contracts/notices';
import type { NoticeEntry } from '../../db/schema/publicity';
import { noticesRepository, type NoticeRow } from '../../db/repositories/notices.repository';
import { divisionName } from '../../domain/divisions/divisions';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import { isLeavingStage, LEAVING_DECISIONS, leftNoticeByDecision } from '../../domain/publicity/left-by-decision';
import { isObjectionOverdue } from '../../domain/publicity/objection-window';
import type { Db } from '../../db/client';

const CLOSING_EVENTS: Record<NoticeStage, { confirmed: string; upheld: string }> = {
  creation: { confirmed: 'confirm_creation', upheld: 'uphold_creation_objection' },
  certification: { confirmed: 'certify', upheld: 'uphold_certification_objection' },
};

export function toEntryView(entry: NoticeEntry, outcome: NoticeEntryView['outcome'] = null): NoticeEntryView {
  return {
    applicationId: entry.applicationId,
    name: entry.name,
    organisationName: entry.organisationName,
    cityCode: entry.cityCode,
    cityName: divisionName(entry.cityCode) ?? entry.cityCode,
    countyCode: entry.countyCode,
    countyName: divisionName(entry.countyCode) ?? entry.countyCode,
    carrier: entry.carrier,
    outcome,
  };
}

/** The notice a history entry's publicity_closed effect names; undefined when it names none (older entries). */
function closedNoticeOf(effects: unknown[]): string | undefined {
  for (const effect of effects) {
    if (typeof effect === 'object' && effect !== null && (effect as { kind?: unknown }).kind === 'publicity_closed' && 'noticeId' in effect) {
      const id = (effect as { noticeId: unknown }).noticeId;
      return typeof id === 'string' ? id : undefined;
    }
  }
  return undefined;
}

/**
 * The entries as published, each with how its 公示 ended (the reason of an upheld objection is public), or the
 * decision that took it off the 公示 (an Art. 12 cancellation, ineligibility; left-by-decision.ts) with its reason.
 */
export async function entriesWithOutcomes(db: Db, notice: NoticeRow): Promise<NoticeEntryView[]> {
  const events = CLOSING_EVENTS[notice.stage as NoticeStage];
  const outcomes = new Map<string, NoticeEntryView['outcome']>();
  const ids = notice.entries.map((e) => e.applicationId);
  const outcomeRows = await noticesRepository.listOutcomes(db, ids);
  // Such a decision does not name the notice in its effects; the entry's final facts still do (it closed nothing).
  const left = outcomeRows.some((row) => isLeavingEvent(notice.stage, row))
    ? new Set((await noticesRepository.listEntryApplications(db, ids)).filter((a) => leftNoticeByDecision({ state: a.state, facts: a.facts as LifecycleFacts }, notice)).map((a) => a.id))
    : new Set<string>();
  for (const row of outcomeRows) {
    if (isLeavingEvent(notice.stage, row)) {
      if (left.has(row.applicationId) && isLeavingStage(notice.stage)) {
        outcomes.set(row.applicationId, { kind: 'ended', label: LEAVING_DECISIONS[notice.stage].label, reason: row.isReasonPublic ? (row.reason ?? '') : '' });
      }
      continue;
    }
    // Each closing event names the notice it closed (apply-application-event.ts); one of another notice of the same
    // entry is not this notice's outcome. Events recorded before the notice was named in them count as before.
    const closedNotice = closedNoticeOf(row.effects);
    if (closedNotice !== undefined && closedNotice !== notice.id) continue;
    if (row.event === events.confirmed) outcomes.set(row.applicationId, { kind: 'confirmed' });
    if (row.event === events.upheld) outcomes.set(row.applicationId, { kind: 'withdrawn', reason: row.isReasonPublic ? (row.reason ?? '') : '' });
  }
  return notice.entries.map((entry) => toEntryView(entry, outcomes.get(entry.applicationId) ?? null));
}

/** The stage's leaving decision, taken while the entry was in this stage's 公示 (not before or after it). */
function isLeavingEvent(stage: string, row: { event: string; fromState: string }): boolean {
  return isLeavingStage(stage) && row.event === LEAVING_DECISIONS[stage].event && row.fromState === `${stage}_publicity`;
}

export function toPublicSummary(row: NoticeRow): PublicNoticeSummary {
  return {
    id: row.id,
    title: row.title,
    stage: row.stage as NoticeStage,
    publishedOn: row.publishedOn,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    entryCount: row.entries.length,
  };
}

export function toAdminSummary(row: NoticeRow, counts: { objectionCount: number; unresolvedCount: number }, today: string): NoticeAdminSummary {
  return {
    ...toPublicSummary(row),
    callId: row.callId,
    handlingDueOn: row.handlingDueOn,
    objectionCount: counts.objectionCount,
    unresolvedCount: counts.unresolvedCount,
    isOverdue: counts.unresolvedCount > 0 && isObjectionOverdue({ status: 'received' }, row.handlingDueOn, today),
  };
}
