// The shape of a standard set (Attachments 1–3). The thresholds "将适时适度调整" (notes under Attachments 1 and 2),
// so each annual call pins one version; a new version is new data, never an edit of a published one (DESIGN §4).
import type { LegalWord } from './comparator';

export const CARRIERS = ['platform', 'base'] as const;
export type Carrier = (typeof CARRIERS)[number];
export const CARRIER_LABELS: Record<Carrier, string> = { platform: '平台', base: '基地' };

/** Art. 2: comprehensive services, or professional technical services. */
export const PLATFORM_KINDS = ['comprehensive', 'professional'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** A stored value (application content, a registry row) read back as a kind; anything else is none. */
export function platformKindOf(value: unknown): PlatformKind | null {
  return (PLATFORM_KINDS as readonly unknown[]).includes(value) ? (value as PlatformKind) : null;
}
export const PLATFORM_KIND_LABELS: Record<PlatformKind, string> = { comprehensive: '综合服务平台', professional: '专业服务平台' };

/** 创建 (entering the creation period, Art. 7(2)) or 认定 (acceptance and certification, Art. 7(3)(4)). */
export const STAGES = ['creation', 'certification'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { creation: '创建', certification: '认定' };

/** 指标类型 as the attachments write it; Attachment 2 spells the mixed type 定量定性, Attachment 1 定性定量. */
export type IndicatorType = '定量' | '定性' | '定性定量' | '定量定性';

/** 优质企业 categories of Attachment 2, 指标解释说明 2. */
export const QUALITY_CATEGORIES = ['champion', 'littleGiant', 'specialised', 'highTech', 'techSme', 'innovativeSme'] as const;
export type QualityCategory = (typeof QUALITY_CATEGORIES)[number];

/** The three carriers of 创业创新服务生态情况 (Attachment 2). */
export const ECOSYSTEM_CARRIERS = ['incubator', 'techPlatform', 'industryFund'] as const;
export type EcosystemCarrier = (typeof ECOSYSTEM_CARRIERS)[number];

/** What the evaluator can compute from self-assessment facts. */
export type Measure =
  | 'serviceContents'
  | 'resourceCount'
  | 'servedEnterprises'
  | 'coverage'
  | 'satisfaction'
  | 'offlineEvents'
  | 'hasPcEntry'
  | 'hasMobileEntry'
  | 'registrationMinutes'
  | 'leadingIndustryRevenueShare'
  | 'qualityEnterpriseShare'
  | 'avgRdIntensity'
  | 'enterpriseCount'
  | 'ecosystemCarriers';

export type Unit = 'count' | 'fraction' | 'minutes';

/** A number compared with the legal word's comparator (以上 ≥, 超过 >, 以内 ≤ …). */
export interface CompareThreshold {
  kind: 'compare';
  measure: Measure;
  /** What is measured, in Chinese, e.g. 年服务中小企业数量. */
  label: string;
  word: LegalWord;
  value: number;
  unit: Unit;
  /** Unit word after a count, e.g. 家, 项, 次. */
  unitWord?: string;
  /** The attachment's words for this threshold, e.g. 年服务中小企业1000家以上. */
  wording: string;
  /** When the fact is null this threshold is met, e.g. 用户无需注册. */
  isMetWhenAbsent?: boolean;
  /** Only items meeting this count, e.g. events with 15家以上企业参加. */
  perItem?: { word: LegalWord; value: number; wording: string };
}

/** A yes/no fact that must be yes, e.g. 具备电脑端服务入口. */
export interface FlagThreshold {
  kind: 'flag';
  measure: Measure;
  label: string;
  wording: string;
}

export type Threshold = CompareThreshold | FlagThreshold;

export interface StageRule {
  /** The attachment's rule for this stage, quoted (line breaks of the source joined). */
  required: string;
  /** The parts the system checks from facts; empty when only experts judge. */
  thresholds: readonly Threshold[];
  /** Experts judge (part of) the indicator with a written reason: the outcome is null unless a threshold fails. */
  isExpertJudged: boolean;
}

export interface Indicator {
  code: string;
  carrier: Carrier;
  /** Platform kinds the indicator applies to; empty for bases. */
  platformKinds: readonly PlatformKind[];
  /** 一级指标 */
  group: string;
  /** 二级指标, exactly as the attachment writes it. */
  name: string;
  type: IndicatorType;
  /** 指标说明 apart from the stage rules, quoted. */
  description: string;
  creation: StageRule;
  certification: StageRule;
}

/** Attachment 3: the creation plan (创建方案) criteria experts score; weights and scale are set by each call. */
export interface PlanCriterion {
  code: string;
  name: string;
  /** 评价要点说明, quoted. */
  guidance: string;
}

export interface StandardSet {
  version: string;
  title: string;
  source: string;
  /** The note under Attachments 1 and 2 that the standards are adjusted through the annual call. */
  adjustmentNote: string;
  /** Attachment 1 服务功能情况: the service contents of each platform kind. */
  serviceItems: Readonly<Record<PlatformKind, readonly string[]>>;
  /** Attachment 2 指标解释说明 2: weight of each 优质企业 category. */
  qualityCategories: readonly { key: QualityCategory; label: string; weight: number }[];
  ecosystemCarriers: readonly { key: EcosystemCarrier; label: string }[];
  /** Satisfaction answers on a 5-point scale; the top two (满意, 非常满意) count as satisfied. */
  satisfactionScale: readonly string[];
  satisfiedAnswers: readonly string[];
  indicators: readonly Indicator[];
  /** Attachment 2 指标解释说明, quoted. */
  baseExplanations: readonly string[];
  planCriteria: readonly PlanCriterion[];
}
