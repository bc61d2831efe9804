// What an operator states about its platform or base (DESIGN §7 self-assessment facts), and who is asking.
// Shares and ratios are fractions 0..1 (0.02 = 2%).
import type { Carrier, EcosystemCarrier, PlatformKind, QualityCategory, Stage } from './types';

export interface PlatformFacts {
  /** Distinct SMEs (by unified social credit code) served in the year. */
  servedEnterprises: number;
  /** Codes of divisions where SMEs were served; codes below the next level are mapped up to it. */
  coveredDivisions: readonly string[];
  /** Answers 满意 or 非常满意 (the top two of five). */
  satisfiedAnswers: number;
  totalAnswers: number;
  /** Participating-enterprise count of each offline event in the year. */
  eventParticipants: readonly number[];
  /** Service items delivered, named as in the platform kind's list. */
  serviceContents: readonly string[];
  /** Distinct service organisations plus experts in the pool. */
  resourceCount: number;
  hasPcEntry: boolean;
  hasMobileEntry: boolean;
  /** Minutes to complete registration; null when users need not register. */
  registrationMinutes: number | null;
}

export interface BaseFacts {
  /** Enterprises in the base (入驻中小企业 and the 基地企业数量 denominator). */
  enterpriseCount: number;
  leadingIndustryRevenueShare: number;
  /** Distinct enterprises counted once, at their highest category. */
  qualityEnterprises: Readonly<Record<QualityCategory, number>>;
  avgRdIntensity: number;
  ecosystem: readonly EcosystemCarrier[];
}

export type AssessmentSubject =
  | { carrier: Extract<Carrier, 'platform'>; platformKind: PlatformKind; stage: Stage; region: string; facts: PlatformFacts }
  | { carrier: Extract<Carrier, 'base'>; stage: Stage; region?: string | undefined; facts: BaseFacts };
