// The indicator dashboard of one creation object for one window of its creation period (F4 item 3; Art. 13:
// "通过数据采集和共享跟踪分析服务成效"; Attachments 1–2). The facts come from the stored data; every indicator is
// checked by the one F2 evaluator against both the creation (创建) and the certification (认定) rules of the
// standard set the application pinned, so the dashboard and the self-assessment can never disagree.
import { evaluateStandards, formatPercent, type IndicatorResult } from '../standards/evaluate-standards';
import type { BaseFacts, PlatformFacts } from '../standards/facts';
import type { Indicator, PlatformKind, StandardSet, Threshold } from '../standards/types';
import type { PeriodWindow } from './creation-period';

export type DashboardSubject =
  | { carrier: 'platform'; platformKind: PlatformKind; region: string; facts: PlatformFacts }
  | { carrier: 'base'; region?: string | undefined; facts: BaseFacts };

export interface StageOutcome {
  /** The attachment's rule for the stage, quoted. */
  required: string;
  actual: number | string | null;
  /** true 达到, false 未达到, null 专家评审 (DESIGN §7). */
  passed: boolean | null;
  reason: string;
}

export interface DashboardRow {
  code: string;
  /** 二级指标, exactly as the attachment writes it. */
  name: string;
  /** 一级指标. */
  group: string;
  type: Indicator['type'];
  /** The rule counts per year ("年服务…", "年开展…"). */
  isYearly: boolean;
  /** The measured value as people read it (1,200家, 83.5%, 具备…); '—' when nothing is measured. */
  actualText: string;
  creation: StageOutcome;
  certification: StageOutcome;
  notes: string[];
}

export interface IndicatorDashboard {
  standardVersion: string;
  window: PeriodWindow;
  rows: DashboardRow[];
  /** No indicator fails the creation rule (experts' ones are open, not failed). */
  isCreationMet: boolean;
  isCertificationMet: boolean;
  notes: string[];
}

// Attachment 1 writes 年服务中小企业…家以上 and 年开展线下专题服务活动…次以上: the number is counted per year, so over
// the whole two years it is only a reference; whether it is met is decided year by year.
export const WHOLE_PERIOD_YEARLY_NOTE = '该指标的标准按年度计算，整个创建期的数值仅供参考，是否达到以各年度的数值为准';
export const WHOLE_PERIOD_NOTE = '“年服务中小企业”“年开展线下专题服务活动”等按年度计算的指标，请以各年度的数值为准；整个创建期的合计仅供参考';

/**
 * Answers are stored as 1 … n on the set's scale (service_records.satisfaction, 1 = 非常不满意); the satisfied
 * ones are its top answers (满意, 非常满意 → 4 and 5 of 5).
 */
export function lowestSatisfiedAnswer(set: StandardSet): number {
  return set.satisfactionScale.length - set.satisfiedAnswers.length + 1;
}

/** An indicator whose threshold is written per year: its label begins with 年 (年服务…, 年开展…). */
export function isYearlyIndicator(indicator: Indicator): boolean {
  return [...indicator.creation.thresholds, ...indicator.certification.thresholds].some((t) => t.label.startsWith('年'));
}

export interface DashboardInput {
  set: StandardSet;
  subject: DashboardSubject;
  window: PeriodWindow;
  /** Notes of the data behind the figures, per indicator code (e.g. the libraries' growth for experts). */
  indicatorNotes?: Readonly<Record<string, readonly string[]>>;
  /** Notes about the window's data as a whole (e.g. which reporting year a base's figures come from). */
  notes?: readonly string[];
}

export function buildIndicatorDashboard(input: DashboardInput): IndicatorDashboard {
  const { set, subject, window } = input;
  const evaluate = (stage: 'creation' | 'certification') =>
    subject.carrier === 'platform'
      ? evaluateStandards(set, { carrier: 'platform', platformKind: subject.platformKind, stage, region: subject.region, facts: subject.facts })
      : evaluateStandards(set, { carrier: 'base', stage, region: subject.region, facts: subject.facts });
  const creation = evaluate('creation');
  const certification = evaluate('certification');
  const certificationByCode = new Map(certification.indicators.map((result) => [result.code, result]));
  const isWhole = window.index === 0;
  const rows = creation.indicators.map((created): DashboardRow => {
    const indicator = set.indicators.find((i) => i.code === created.code);
    const certified = certificationByCode.get(created.code);
    if (!indicator || !certified) throw new Error(`indicator ${created.code} missing from standard set ${set.version}`);
    const isYearly = isYearlyIndicator(indicator);
    const notes = [...(input.indicatorNotes?.[indicator.code] ?? [])];
    if (isWhole && isYearly) notes.push(WHOLE_PERIOD_YEARLY_NOTE);
    return {
      code: indicator.code,
      name: indicator.name,
      group: indicator.group,
      type: indicator.type,
      isYearly,
      actualText: actualTextOf(indicator, created, certified),
      creation: outcomeOf(created),
      certification: outcomeOf(certified),
      notes,
    };
  });
  const notes = [...(input.notes ?? [])];
  if (isWhole && rows.some((row) => row.isYearly)) notes.push(WHOLE_PERIOD_NOTE);
  return {
    standardVersion: set.version,
    window,
    rows,
    isCreationMet: creation.passed,
    isCertificationMet: certification.passed,
    notes,
  };
}

function outcomeOf(result: IndicatorResult): StageOutcome {
  return { required: result.required, actual: result.actual, passed: result.passed, reason: result.reason };
}

/**
 * One figure per indicator, from the stage that measures the most (认定 checks PC and mobile entries and the
 * registration time where 创建 checks the PC entry only); both stages measure the same stored facts.
 */
function actualTextOf(indicator: Indicator, created: IndicatorResult, certified: IndicatorResult): string {
  const useCertification = indicator.certification.thresholds.length > indicator.creation.thresholds.length;
  const [result, thresholds] = useCertification ? [certified, indicator.certification.thresholds] : [created, indicator.creation.thresholds];
  if (result.actual === null) return '—';
  if (typeof result.actual === 'string') return result.actual;
  const [only] = thresholds;
  return only ? formatNumber(result.actual, only) : String(result.actual);
}

function formatNumber(value: number, threshold: Threshold): string {
  if (threshold.kind !== 'compare') return String(value);
  if (threshold.unit === 'fraction') return formatPercent(value, threshold.value);
  return `${value}${threshold.unitWord ?? ''}`;
}
