// How an object's acceptance (评估验收, Art. 7(3); ADR 0015) is shown: one view for the operator, its city, the
// province and the auditors, with the experts' names for the province and the auditors only, and what the person
// looking may do now. Every acceptance use case answers with this view. Attempts come newest first, and within an
// attempt its revisions (a new one after each upheld 拟认定公示 objection, Art. 7(4)) newest first: an earlier
// revision keeps its outcome and its experts' opinions, shown as they were; only the current revision is decided.
import { decideBlockedReason } from '../../domain/acceptance/decision-readiness';
import type {
  AcceptanceAttemptView,
  AcceptanceEvidence,
  AcceptanceOpinionView,
  AcceptanceSnapshotView,
  AcceptanceView,
  AttemptStatus,
  GoalReportView,
} from '../../contracts/acceptance';
import { ATTEMPT_STATUS_LABELS } from '../../contracts/acceptance';
import type { PlanGoalView } from '../../contracts/progress-reports';
import { acceptanceRepository, type AcceptanceOpinionRow, type AcceptanceReviewRow, type EvidenceFileRow } from '../../db/repositories/acceptance.repository';
import { certificationRepository } from '../../db/repositories/certification.repository';
import type { Db } from '../../db/client';
import { authorize, type Actor } from '../../domain/access/policy';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { stateLabel } from '../../domain/lifecycle/states';
import { planGoalsOf } from '../../domain/creation-data/progress-periods';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Deps } from './context';
import type { LoadedCreationObject } from './creation-object-view';
import { goalViews } from './progress-report-view';

/** Art. 7(3): the first acceptance after the 2-year period, the second after the 1-year extension. */
export function attemptOf(facts: { isExtended: boolean }): 1 | 2 {
  return facts.isExtended ? 2 : 1;
}

export function attemptStatusOf(review: Pick<AcceptanceReviewRow, 'submittedAt' | 'startedAt' | 'outcome'>): AttemptStatus {
  if (review.outcome === 'passed' || review.outcome === 'failed') return review.outcome;
  if (review.startedAt) return 'under_review';
  return review.submittedAt ? 'submitted' : 'draft';
}

/** The province and the auditors read the experts' opinions; the operator and its city do not (ADR 0015). */
function seesOpinions(actor: Actor): boolean {
  return actor.role === 'province' || actor.role === 'auditor';
}

export async function buildAcceptanceView(db: Db, deps: Pick<Deps, 'clock'>, loaded: LoadedCreationObject): Promise<AcceptanceView> {
  const { actor, application, summary, period } = loaded;
  const today = deps.clock.today();
  const goals = goalViews(application, planGoalsOf(application.content));
  const scoped = { cityCode: application.cityCode, organisationId: application.organisationId };
  const isOperator = authorize(actor, 'acceptance.submit', scoped) === 'allow';
  const isManager = authorize(actor, 'acceptance.manage', scoped) === 'allow';
  const rows = await acceptanceRepository.listByApplication(db, application.id);
  // An attempt neither submitted nor started is the operator's own draft (as an unsubmitted application, Art. 7(1)).
  const visible = rows.filter(({ review }) => isOperator || review.submittedAt !== null || review.startedAt !== null);
  const opinions = seesOpinions(actor) ? await acceptanceRepository.listOpinions(db, visible.map(({ review }) => review.id)) : [];
  const files = await acceptanceRepository.evidenceFiles(
    db,
    visible.flatMap(({ review }) => review.evidenceFileIds),
  );
  const attempts = visible.map(({ review, submittedByName }) => ({
    ...toAttemptView(review, submittedByName, goals, opinions, seesOpinions(actor)),
    evidence: evidenceOf(review, files),
  }));

  const currentAttempt = attemptOf(application.facts);
  const latest = rows[0]?.review;
  const isUnderReview = application.state === 'acceptance_review' && latest !== undefined && latest.startedAt !== null && latest.outcome === null;
  const blocked = isUnderReview ? decideBlockedReason(await acceptanceRepository.opinionCounts(db, latest.id)) : null;
  const canDraft = isOperator && application.state === 'creating';
  const startOpensOn = addDays(period.endsOn, 1);
  return {
    object: summary,
    lockVersion: application.lockVersion,
    statusText: statusText(application.state, period.endsOn, today, application.facts.isExtended, latest, await certificateOf(db, application.id, application.state)),
    currentAttempt,
    goals,
    attempts,
    canDraft,
    canSubmit: canDraft && today >= period.endsOn,
    canStart: isManager && (application.state === 'creating' || application.state === 'acceptance_submitted') && today >= startOpensOn,
    canDecide: isManager && isUnderReview && blocked === null,
    decideBlockedReason: isManager ? blocked : null,
    submitOpensOn: period.endsOn,
    startOpensOn,
  };
}

/** Art. 7(4): once certified, the operator reads its certificate number where it followed its acceptance. */
async function certificateOf(db: Db, applicationId: string, state: string): Promise<string | null> {
  if (state === 'creating' || state.startsWith('acceptance') || state.startsWith('certification')) return null;
  const certification = await certificationRepository.findCertificationOf(db, applicationId);
  return certification ? `已正式认定（${certification.certifiedOn}），证书编号${certification.certificateNumber}，见“认定公告”` : null;
}

function statusText(state: string, endsOn: PlainDate, today: PlainDate, isExtended: boolean, latest: AcceptanceReviewRow | undefined, certificate: string | null): string {
  if (certificate && state === 'certified') return certificate;
  const round = isExtended ? '再次' : '';
  switch (state) {
    case 'creating': {
      const lead = isExtended ? `首次验收未通过，创建期延长至${endsOn}` : `创建期至${endsOn}`;
      if (today < endsOn) return `${lead}；届满当日起可${round}申请评估验收`;
      if (today === endsOn) return `${lead}，今日届满，可${round}申请评估验收`;
      return `${lead}，已届满；可${round}申请评估验收，省工业和信息化厅将组织评估验收`;
    }
    case 'acceptance_submitted':
      return `已${round}申请评估验收，待省工业和信息化厅组织评估验收（创建期至${endsOn}）`;
    case 'acceptance_review': {
      const attempt = latest?.attempt ?? attemptOf({ isExtended });
      return latest && latest.revision > 1
        ? `拟认定公示异议经核实属实，省工业和信息化厅重新作出第${attempt}次评估验收结论`
        : `省工业和信息化厅正在组织第${attempt}次评估验收`;
    }
    case 'certification_shortlisted':
      return '验收通过，已确定为拟认定对象，待拟认定名单公示';
    case 'certification_publicity':
      return '验收通过，拟认定名单公示中；公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定';
    default:
      return latest?.outcome === 'failed' && state === 'exited' ? '延期后再次验收未通过，已退出创建活动' : `当前状态：${stateLabel(state)}`;
  }
}

function toAttemptView(review: AcceptanceReviewRow, submittedByName: string | null, goals: readonly PlanGoalView[], all: readonly AcceptanceOpinionRow[], seesOpinions: boolean): AcceptanceAttemptView {
  const status = attemptStatusOf(review);
  const goalReports: GoalReportView[] = goals.map((goal, goalIndex) => ({
    ...goal,
    goalIndex,
    achieved: review.goalReports.find((r) => r.goalIndex === goalIndex)?.achieved ?? '',
  }));
  // ADR 0015: the experts' opinions (names, conclusions, comments, judgements) are the province's and the auditor's;
  // the operator and its city see the decision and its reason, as F3 keeps scores internal (Art. 8).
  const opinions = seesOpinions ? all.filter((o) => o.acceptanceReviewId === review.id).map((o, i) => toOpinionView(o, i)) : [];
  return {
    id: review.id,
    attempt: review.attempt,
    revision: review.revision,
    reopenedReason: review.reopenedReason,
    status,
    statusLabel: ATTEMPT_STATUS_LABELS[status],
    summary: review.summary,
    goalReports,
    evidence: [],
    submittedAt: review.submittedAt?.toISOString() ?? null,
    submittedByName,
    startedAt: review.startedAt?.toISOString() ?? null,
    snapshot: (review.snapshot as unknown as AcceptanceSnapshotView | null) ?? null,
    opinions,
    outcome: review.outcome === 'passed' || review.outcome === 'failed' ? review.outcome : null,
    outcomeReason: review.outcomeReason,
    decidedAt: review.decidedAt?.toISOString() ?? null,
  };
}

function toOpinionView(row: AcceptanceOpinionRow, index: number): AcceptanceOpinionView {
  const declaration = row.declaration === 'none' || row.declaration === 'conflicted' ? row.declaration : null;
  const conclusion = row.conclusion === 'pass' || row.conclusion === 'fail' ? row.conclusion : null;
  return {
    id: row.id,
    expertName: row.expertName,
    expertId: row.expertId,
    label: `专家${index + 1}`,
    declaration,
    conclusion,
    comment: row.comment,
    indicatorJudgements: row.indicatorJudgements ?? [],
    goalJudgements: row.goalJudgements ?? [],
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

function evidenceOf(review: AcceptanceReviewRow, files: readonly EvidenceFileRow[]): AcceptanceEvidence[] {
  return review.evidenceFileIds.flatMap((id) => {
    const file = files.find((f) => f.id === id);
    return file ? [{ fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType }] : [];
  });
}
