// 随机抽取评审专家 (Art. 7(2) 组织专家评审) with avoidance (回避). An expert may not review a group when, for any
// application in it, the expert works for the applicant, lives in the applicant's city, or has declared a
// relationship with it; nor when inactive or outside the appointment term on the draw date. The pool is put in
// id order first, so the same seed and the same pool always give the same experts (the draw can be replayed).
import { AppError } from '../shared/app-error';
import type { PlainDate } from '../shared/plain-date';
import { createSeededRandom, randomIndex } from './seeded-random';

export interface PoolExpert {
  id: string;
  employerCreditCode: string | null;
  cityCode: string;
  termStartsOn: PlainDate;
  termEndsOn: PlainDate;
  isActive: boolean;
  /** Organisations the expert declared a relationship (利害关系) with. */
  avoidOrganisationIds: readonly string[];
}

export interface DrawApplication {
  id: string;
  organisationId: string;
  /** The applicant organisation's unified social credit code. */
  creditCode: string;
  cityCode: string;
}

export const EXCLUSION_REASONS = ['inactive', 'termNotStarted', 'termEnded', 'employer', 'sameCity', 'declaredRelationship'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  inactive: '已停用',
  termNotStarted: '聘期未开始',
  termEnded: '聘期已结束',
  employer: '任职于申报单位',
  sameCity: '与申报单位同一地市',
  declaredRelationship: '已申报利害关系',
};

export interface Exclusion {
  reason: ExclusionReason;
  /** The application that causes it; absent for reasons about the expert alone. */
  applicationId?: string;
}

export interface ExcludedExpert {
  expertId: string;
  reasons: Exclusion[];
}

export interface DrawInput {
  pool: readonly PoolExpert[];
  applications: readonly DrawApplication[];
  count: number;
  seed: string;
  drawDate: PlainDate;
}

export interface DrawResult {
  /** The drawn experts, in the order drawn. */
  chosenIds: string[];
  /** Every eligible expert in the order the draw used (id order). */
  eligibleIds: string[];
  excluded: ExcludedExpert[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Why an expert may not review these applications on this date; empty when eligible. */
export function exclusionsOf(expert: PoolExpert, applications: readonly DrawApplication[], drawDate: PlainDate): Exclusion[] {
  const reasons: Exclusion[] = [];
  if (!expert.isActive) reasons.push({ reason: 'inactive' });
  // The term includes both its first and its last day.
  if (drawDate < expert.termStartsOn) reasons.push({ reason: 'termNotStarted' });
  if (drawDate > expert.termEndsOn) reasons.push({ reason: 'termEnded' });
  for (const application of [...applications].sort(byId)) {
    if (expert.employerCreditCode !== null && expert.employerCreditCode === application.creditCode) {
      reasons.push({ reason: 'employer', applicationId: application.id });
    }
    if (expert.cityCode === application.cityCode) reasons.push({ reason: 'sameCity', applicationId: application.id });
    if (expert.avoidOrganisationIds.includes(application.organisationId)) {
      reasons.push({ reason: 'declaredRelationship', applicationId: application.id });
    }
  }
  return reasons;
}

/** Draws `count` experts; throws EXPERT_POOL_TOO_SMALL (with the numbers) when fewer are eligible. */
export function drawExperts(input: DrawInput): DrawResult {
  const eligibleIds: string[] = [];
  const excluded: ExcludedExpert[] = [];
  for (const expert of [...input.pool].sort(byId)) {
    const reasons = exclusionsOf(expert, input.applications, input.drawDate);
    if (reasons.length === 0) eligibleIds.push(expert.id);
    else excluded.push({ expertId: expert.id, reasons });
  }
  if (eligibleIds.length < input.count) {
    const message = `符合回避要求的专家只有${eligibleIds.length}名，少于需要抽取的${input.count}名，请补充专家库或减少抽取人数`;
    throw new AppError('EXPERT_POOL_TOO_SMALL', message, {
      issues: [{ path: 'expertCount', message }],
      details: { eligible: eligibleIds.length, required: input.count, excluded: excluded.length },
    });
  }
  return { chosenIds: drawFromEligible(eligibleIds, input.count, input.seed), eligibleIds, excluded };
}

/** The name of the method below, recorded with each draw so a replay knows what it repeats. */
export const DRAW_ALGORITHM = 'cyrb128-sfc32-fisher-yates-v1';

/** The draw itself: a partial Fisher–Yates shuffle of the eligible ids (in the given order) driven by the seed. */
export function drawFromEligible(eligibleIds: readonly string[], count: number, seed: string): string[] {
  const order = [...eligibleIds];
  const random = createSeededRandom(seed);
  const places = Math.min(count, order.length);
  for (let i = 0; i < places; i += 1) {
    const j = i + randomIndex(random, order.length - i);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  return order.slice(0, places);
}
