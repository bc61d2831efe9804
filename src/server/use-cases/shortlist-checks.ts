// What the shortlist preview and the shortlist itself both need (Art. 7(2)): each application's formal check
// and internal score summary, and the 年度创建数量 arithmetic.
import type { ShortlistRowResult } from '../../contracts/province-review';
import type { CallRow } from '../../db/repositories/calls.repository';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import type { Db } from '../../db/client';
import { checkQuota, type QuotaCheck } from '../../domain/review/city-cap';
import { shortlistProblem } from '../../domain/review/shortlist-rules';
import { formalCheckSummary, NO_SCORES, scoreSummaries } from './review-views';

export async function creationQuotaCheck(db: Db, call: CallRow, adding: number): Promise<QuotaCheck> {
  return checkQuota(call.creationQuota, await reviewDecisionsRepository.countShortlisted(db, call.id), adding);
}

/** One result row per id, in the order asked; ids that do not exist get a refusal. */
export async function shortlistRows(db: Db, call: CallRow, ids: readonly string[]): Promise<ShortlistRowResult[]> {
  const found = await reviewDecisionsRepository.findWithOrganisation(db, ids);
  const checks = await reviewDecisionsRepository.latestFormalChecks(db, ids);
  const scores = scoreSummaries(call, await reviewDecisionsRepository.expertReviews(db, ids));
  return ids.map((id) => {
    const hit = found.get(id);
    if (!hit) return { id, applicationNumber: null, name: '', organisationName: '', state: null, lockVersion: null, isOk: false, problem: '未找到该申报', formalCheck: null, ...NO_SCORES };
    const check = checks.get(id);
    const summary = scores.get(id) ?? NO_SCORES;
    const problem = shortlistProblem({ state: hit.application.state, isInCall: hit.application.callId === call.id, formalCheckPassed: check ? check.isPassed : null, submittedExpertReviews: summary.scoredExperts });
    return {
      id,
      applicationNumber: hit.application.applicationNumber,
      name: hit.application.name,
      organisationName: hit.organisationName,
      state: hit.application.state,
      lockVersion: hit.application.lockVersion,
      isOk: problem === null,
      problem,
      formalCheck: formalCheckSummary(check),
      ...summary,
    };
  });
}
