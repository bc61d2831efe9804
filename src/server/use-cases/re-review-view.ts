// How an object's re-reviews (复核, Art. 10; ADR 0016) are shown: one view for the operator, its city, the province
// and the auditors, newest first, with what the person looking may do now. The city's opinion is the city's, the
// province's and the auditors': the operator reads the outcome and its reason. Every re-review use case of an object
// answers with this view.
import {
  RE_REVIEW_STATUS_LABELS,
  type ObjectReReviewsView,
  type ReReviewFile,
  type ReReviewRoundView,
  type ReReviewSnapshotView,
  type ReReviewStatus,
  type ReReviewView,
} from '../../contracts/re-review';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { reReviewRepository, type ReReviewCountRow, type ReReviewFileRow, type ReReviewRoundRow, type ReReviewRow, type ReReviewWithRound } from '../../db/repositories/re-review.repository';
import type { Db } from '../../db/client';
import { authorize, type Actor } from '../../domain/access/policy';
import { reReviewDueOf } from '../../domain/lifecycle/context';
import { stateLabel } from '../../domain/lifecycle/states';
import {
  assessBlockedReason,
  canReport,
  decideBlockedReason,
  failureConsequenceOf,
  isLateSubmission,
  reReviewStatusIn,
} from '../../domain/re-review/re-review-rules';
import { shanghaiDateOf } from '../clock';
import type { Deps } from './context';
import type { LoadedCreationObject } from './creation-object-view';
import { toObligationRecordViews } from './obligation-record-view';

/** ADR 0016: the operator does not read the city's opinion. */
function seesCityOpinion(actor: Actor): boolean {
  return actor.role === 'city' || actor.role === 'province' || actor.role === 'auditor';
}

export const emptyCounts = (): Record<ReReviewStatus, number> => ({ reporting: 0, submitted: 0, assessed: 0, passed: 0, failed: 0, ended: 0 });

/** 已终止 names what ended it, from the object's state (e.g. 已终止（已撤销认定命名）). */
export function statusLabelOf(status: ReReviewStatus, objectState: string): string {
  return status === 'ended' ? `${RE_REVIEW_STATUS_LABELS.ended}（${stateLabel(objectState)}）` : RE_REVIEW_STATUS_LABELS[status];
}

export function toRoundView(round: ReReviewRoundRow, rows: readonly ReReviewCountRow[]): ReReviewRoundView {
  const counts = emptyCounts();
  for (const row of rows) if (row.roundId === round.id) counts[reReviewStatusIn(row, row.objectState)] += 1;
  return {
    id: round.id,
    year: round.year,
    title: round.title,
    opensOn: round.opensOn,
    reportDueOn: round.reportDueOn,
    cityDueOn: round.cityDueOn,
    openedAt: round.openedAt?.toISOString() ?? null,
    counts,
  };
}

export function isLate(row: Pick<ReReviewRow, 'submittedAt'>, round: Pick<ReReviewRoundRow, 'reportDueOn' | 'cityDueOn'>): boolean {
  return isLateSubmission(row.submittedAt ? shanghaiDateOf(row.submittedAt) : null, round);
}

/** The re-review still open on the object: the newest one, while undecided. */
export function openReReviewOf(rows: readonly ReReviewWithRound[]): ReReviewWithRound | undefined {
  const latest = rows[0];
  return latest && latest.reReview.outcome === null ? latest : undefined;
}

export async function buildObjectReReviewsView(db: Db, deps: Pick<Deps, 'clock'>, loaded: LoadedCreationObject): Promise<ObjectReReviewsView> {
  const { actor, application, summary } = loaded;
  const today = deps.clock.today();
  const scoped = { cityCode: application.cityCode, organisationId: application.organisationId };
  const isOperator = authorize(actor, 'reReview.report', scoped) === 'allow';
  const isCity = authorize(actor, 'reReview.assess', scoped) === 'allow';
  const isManager = authorize(actor, 'reReview.manage', scoped) === 'allow';
  const rows = await reReviewRepository.listByApplication(db, application.id);
  const files = await reReviewRepository.files(db, rows.flatMap(({ reReview }) => reReview.reportFileIds));
  const reReviews: ReReviewView[] = [];
  // One after another: the caller's transaction is one connection.
  for (const row of rows) reReviews.push(await toReReviewView(db, row, application.state, files, seesCityOpinion(actor), isOperator));

  const open = application.state === 're_review' ? openReReviewOf(rows) : undefined;
  const decideBlocked = open ? decideBlockedReason(open.reReview, open.round, today) : null;
  const mayReport = isOperator && open !== undefined && canReport(open.reReview);
  return {
    object: summary,
    lockVersion: application.lockVersion,
    statusText: statusText(application.state, application.facts, rows[0]),
    reReviewDueOn: reReviewDueOf(application.facts),
    rectificationEndsOn: application.facts.rectificationEndsOn,
    consecutiveFailedReReviews: application.facts.consecutiveFailedReReviews,
    reReviews,
    canEditReport: mayReport,
    canSubmit: mayReport,
    canAssess: isCity && open !== undefined && assessBlockedReason(open.reReview, open.round, today) === null,
    canDecide: isManager && open !== undefined && decideBlocked === null,
    decideBlockedReason: isManager ? decideBlocked : null,
    failureConsequence: open ? failureConsequenceOf(application.facts.consecutiveFailedReReviews) : null,
  };
}

function statusText(state: string, facts: LoadedCreationObject['application']['facts'], latest: ReReviewWithRound | undefined): string {
  switch (state) {
    case 'certified': {
      const dueOn = reReviewDueOf(facts);
      return dueOn ? `已认定；${dueOn}起复核` : '已认定';
    }
    case 're_review': {
      if (!latest) return '复核中';
      const kind = latest.reReview.isAfterRectification ? '整改期满后复核' : `第${latest.reReview.sequence}次复核`;
      return `${latest.round.title}：${kind}，${RE_REVIEW_STATUS_LABELS[reReviewStatusIn(latest.reReview, state)]}`;
    }
    case 'rectifying':
      return facts.rectificationEndsOn ? `复核不达标，整改期至${facts.rectificationEndsOn}（含当日）` : '复核不达标，整改中';
    case 'revoked':
      return latest?.reReview.outcome === 'failed' && latest.reReview.isAfterRectification ? '连续两年未通过复核，已取消认定命名' : `当前状态：${stateLabel(state)}`;
    default:
      return `当前状态：${stateLabel(state)}`;
  }
}

async function toReReviewView(
  db: Db,
  { reReview, round, submittedByName }: ReReviewWithRound,
  objectState: string,
  files: readonly ReReviewFileRow[],
  seesOpinion: boolean,
  isOperator: boolean,
): Promise<ReReviewView> {
  // Until submitted, the report and its files are the operator's own draft (as an acceptance draft, ADR 0015).
  const showsReport = isOperator || reReview.submittedAt !== null;
  const status = reReviewStatusIn(reReview, objectState);
  const window = { startsOn: reReview.windowStartsOn, endsOn: reReview.windowEndsOn };
  const obligations = await toObligationRecordViews(db, await obligationRecordsRepository.listInWindow(db, reReview.applicationId, window));
  const cityOpinion = reReview.cityOpinion === 'pass' || reReview.cityOpinion === 'fail' ? reReview.cityOpinion : null;
  return {
    id: reReview.id,
    round: { id: round.id, year: round.year, title: round.title, opensOn: round.opensOn, reportDueOn: round.reportDueOn, cityDueOn: round.cityDueOn },
    sequence: reReview.sequence,
    isAfterRectification: reReview.isAfterRectification,
    window,
    status,
    statusLabel: statusLabelOf(status, objectState),
    report: showsReport ? reReview.report : '',
    files: showsReport ? filesOf(reReview.reportFileIds, files) : [],
    submittedAt: reReview.submittedAt?.toISOString() ?? null,
    submittedByName: reReview.submittedAt ? submittedByName : null,
    isLate: isLate(reReview, round),
    snapshot: (reReview.snapshot as unknown as ReReviewSnapshotView | null) ?? null,
    obligations,
    cityOpinion: seesOpinion ? cityOpinion : null,
    cityComment: seesOpinion ? reReview.cityComment : null,
    assessedAt: reReview.assessedAt?.toISOString() ?? null,
    outcome: reReview.outcome === 'passed' || reReview.outcome === 'failed' ? reReview.outcome : null,
    outcomeReason: reReview.outcomeReason,
    decidedAt: reReview.decidedAt?.toISOString() ?? null,
  };
}

export function filesOf(fileIds: readonly string[], files: readonly ReReviewFileRow[]): ReReviewFile[] {
  return fileIds.flatMap((id) => {
    const file = files.find((f) => f.id === id);
    return file ? [{ fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType }] : [];
  });
}
