// 验收专家 (Art. 7(3) 组织评估验收; ADR 0015): the province picks the experts for an acceptance review by hand. The
// same avoidance as the application review's draw applies (expert-draw.ts exclusionsOf: active, term covering the
// day, not working for the applicant, no declared relationship with it) — except the city rule: the draw keeps
// experts away from the applicant's city to spread a whole group over the province, while ADR 0015 names only
// employment, declared relationships and the term for acceptance, so a same-city expert may be chosen.
import type { PlainDate } from '../shared/plain-date';
import { EXCLUSION_LABELS, exclusionsOf, type ExclusionReason, type PoolExpert } from '../review/expert-draw';

export interface AcceptanceApplicant {
  applicationId: string;
  organisationId: string;
  /** The operator's unified social credit code. */
  creditCode: string;
  cityCode: string;
}

export type AcceptanceExclusionReason = Exclude<ExclusionReason, 'sameCity'> | 'alreadyAssigned';

export const ACCEPTANCE_EXCLUSION_LABELS: Record<AcceptanceExclusionReason, string> = {
  inactive: EXCLUSION_LABELS.inactive,
  termNotStarted: EXCLUSION_LABELS.termNotStarted,
  termEnded: EXCLUSION_LABELS.termEnded,
  employer: '任职于该运营主体',
  declaredRelationship: '已申报与该运营主体存在利害关系',
  alreadyAssigned: '已指派为本次验收专家',
};

/** Why the expert may not give an opinion on this acceptance on `today`; empty when eligible. */
export function acceptanceExclusionsOf(expert: PoolExpert, applicant: AcceptanceApplicant, today: PlainDate, isAlreadyAssigned: boolean): AcceptanceExclusionReason[] {
  const application = { id: applicant.applicationId, organisationId: applicant.organisationId, creditCode: applicant.creditCode, cityCode: applicant.cityCode };
  const reasons: AcceptanceExclusionReason[] = exclusionsOf(expert, [application], today)
    .map((exclusion) => exclusion.reason)
    .filter((reason): reason is Exclude<ExclusionReason, 'sameCity'> => reason !== 'sameCity');
  if (isAlreadyAssigned) reasons.push('alreadyAssigned');
  return reasons;
}
