// Pure view logic of the re-review pages (ADR 0016), kept apart from the components so it is unit-tested.
import {
  RE_REVIEW_STATUS_LABELS,
  RE_REVIEW_STATUSES,
  type ObjectReReviewsView,
  type ReReviewListItem,
  type ReReviewOutcome,
  type ReReviewRoundView,
  type ReReviewView,
} from '../../../../src/contracts/re-review';

type Consequence = ObjectReReviewsView['failureConsequence'];

/** Art. 10: 复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名. */
export function failureConsequenceText(consequence: Consequence): string {
  if (consequence === 'revocation') return '取消认定命名';
  if (consequence === 'rectification') return '给予1年整改期';
  return '按《管理办法》第十条处理';
}

/** What the province's confirmation says before a decision is sent. */
export function decisionConsequence(outcome: ReReviewOutcome, consequence: Consequence, objectName: string): string {
  if (outcome === 'passed') return `“${objectName}”复核达标，保持认定命名，2年后再次复核。`;
  if (consequence === 'revocation') return `“${objectName}”整改后复核仍不达标，将取消认定命名，理由将向社会公布。此决定不能撤回。`;
  return `“${objectName}”复核不达标，将给予1年整改期，整改期满后再次复核；整改后复核仍不达标的，取消认定命名。`;
}

/** 待开始, or the day a round opened. */
export function roundStateText(round: Pick<ReReviewRoundView, 'openedAt' | 'opensOn'>): string {
  return round.openedAt ? `已开始（${round.opensOn}）` : `待开始（${round.opensOn}开始）`;
}

/** The round's re-reviews per status, e.g. 待运营主体报告1 · 复核不达标2; statuses without any are left out. */
export function roundCountsText(round: Pick<ReReviewRoundView, 'openedAt' | 'counts'>): string {
  if (!round.openedAt) return '—';
  const parts = RE_REVIEW_STATUSES.filter((s) => (round.counts[s] ?? 0) > 0).map((s) => `${RE_REVIEW_STATUS_LABELS[s]}${round.counts[s]}`);
  return parts.length === 0 ? '无复核对象' : parts.join(' · ');
}

/** The round's total number of re-reviews. */
export const roundTotal = (round: Pick<ReReviewRoundView, 'counts'>): number => RE_REVIEW_STATUSES.reduce((sum, s) => sum + (round.counts[s] ?? 0), 0);

/**
 * Whether the city may assess the item now — the rule of assessBlockedReason (re-review-rules.ts): once the report is
 * submitted, or without one from the day after reportDueOn.
 */
export function awaitsCity(item: Pick<ReReviewListItem, 'status' | 'round'>, today: string): boolean {
  return item.status === 'submitted' || (item.status === 'reporting' && today > item.round.reportDueOn);
}

/** The city's list: those it may assess now first, the rest in the server's order. `today` is in Asia/Shanghai. */
export function cityOrder(items: readonly ReReviewListItem[], today: string): ReReviewListItem[] {
  return [...items.filter((i) => awaitsCity(i, today)), ...items.filter((i) => !awaitsCity(i, today))];
}

/** The re-review still being worked on: the newest, unless it is decided or ended (the object left 复核中). */
export function currentReReview(view: Pick<ObjectReReviewsView, 'reReviews'>): ReReviewView | null {
  const newest = view.reReviews[0];
  return newest && newest.outcome === null && newest.status !== 'ended' ? newest : null;
}

/** 第1次复核, or 第2次复核（整改后） after a rectification year. */
export function reReviewTitle(r: Pick<ReReviewView, 'sequence' | 'isAfterRectification'>): string {
  return `第${r.sequence}次复核${r.isAfterRectification ? '（整改后）' : ''}`;
}

/** How the operator's report stands: submitted (when, by whom), still open, or never submitted. */
export function reportStateText(r: Pick<ReReviewView, 'submittedAt' | 'submittedByName' | 'status' | 'round'>, formatTime: (iso: string) => string): string {
  if (r.submittedAt) return `${formatTime(r.submittedAt)}提交${r.submittedByName ? `（${r.submittedByName}）` : ''}`;
  if (r.status === 'reporting') return `尚未提交，截止${r.round.reportDueOn}（含当日）`;
  return '运营主体未提交报告';
}
