// F8 (Art. 3, 13, 15, 16): the query strings and answers of the oversight dashboards (统计看板) of the province and the
// cities, their lists and exports. Unknown keys and unknown values are refused (strict objects, closed enums): a
// mistyped filter is a 400 naming the field in Chinese, never a silently unfiltered figure. Every list is in a
// neutral order — division code, year, lifecycle order or indicator code — never by a result value (Art. 8: no
// league tables).
import { z } from 'zod';
import { CITY_CODES } from '../domain/divisions/divisions';
import { STATES, type LifecyclePhase, type LifecycleState } from '../domain/lifecycle/states';
import { PLATFORM_KINDS, type PlatformKind } from '../domain/standards/types';
import type { PlainDate } from '../domain/shared/plain-date';

/** The steps of one call's funnel (Art. 7): applied → recommended → shortlisted → creating → certified / exited. */
export const FUNNEL_STEPS = ['applied', 'recommended', 'shortlisted', 'creating', 'certified', 'exited'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** What can be overdue (F5 item 7's deadline rules, read now rather than when the job last ran). */
export const OVERDUE_KINDS = ['city-review', 'objections', 'progress-report', 'change-report', 're-review-report', 're-review-assessment'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

export const OVERSIGHT_CARRIERS = ['platform', 'base'] as const;

const zYear = z.coerce
  .number({ error: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度不能早于2000年' })
  .max(2100, { message: '年度不能晚于2100年' });

/** The filters every dashboard figure, list and export takes. A city officer's `city` is forced to its own. */
export const oversightFilterFields = {
  year: zYear.optional(),
  city: z.enum(CITY_CODES, { error: '地市应为广东省21个地级以上市之一的行政区划代码' }).optional(),
  carrier: z.enum(OVERSIGHT_CARRIERS, { error: '载体类型应为“平台”或“基地”' }).optional(),
  platformKind: z.enum(PLATFORM_KINDS, { error: '平台类型应为“综合型”或“专业型”' }).optional(),
};

const zPage = z.coerce.number({ error: '页码应为数字' }).int({ message: '页码应为整数' }).min(1, { message: '页码最小为1' }).max(100_000, { message: '页码过大' }).default(1);
const zPageSize = z.coerce.number({ error: '每页条数应为数字' }).int({ message: '每页条数应为整数' }).min(1, { message: '每页条数最小为1' }).max(100, { message: '每页条数最大为100' }).default(20);

export const zOversightFilters = z.strictObject(oversightFilterFields);
export type OversightFilters = z.infer<typeof zOversightFilters>;

/** The objects behind a figure: the filters plus the state, the funnel step or the indicator a bar stands for. */
export const zOversightObjectsQuery = z.strictObject({
  ...oversightFilterFields,
  state: z.enum(STATES, { error: '阶段筛选有误' }).optional(),
  step: z.enum(FUNNEL_STEPS, { error: '环节筛选有误' }).optional(),
  indicator: z.string({ error: '指标应为文字' }).trim().max(64, { message: '指标不能超过64个字符' }).regex(/^[A-Za-z0-9_.-]*$/, { message: '指标代码格式有误' }).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type OversightObjectsQuery = z.infer<typeof zOversightObjectsQuery>;

export const zOverdueQuery = z.strictObject({
  ...oversightFilterFields,
  kind: z.enum(OVERDUE_KINDS, { error: '逾期事项类型有误' }).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type OverdueQuery = z.infer<typeof zOverdueQuery>;

/** The yearly programme report (年度工作报告) of one year; a city officer's is its own city's. */
export const zProgrammeReportQuery = z.strictObject({
  year: zYear,
  city: oversightFilterFields.city,
});
export type ProgrammeReportQuery = z.infer<typeof zProgrammeReportQuery>;

export interface AppliedFilters {
  year: number | null;
  city: string | null;
  carrier: (typeof OVERSIGHT_CARRIERS)[number] | null;
  platformKind: PlatformKind | null;
}

export type OversightScope = { kind: 'province' } | { kind: 'city'; cityCode: string; cityName: string };

export interface StateCount {
  state: LifecycleState;
  label: string;
  phase: LifecyclePhase;
  count: number;
}

export interface FunnelView {
  callId: string;
  year: number;
  title: string;
  steps: { step: FunnelStep; label: string; count: number }[];
}

export interface IndicatorStandingCount {
  code: string;
  name: string;
  group: string;
  carrier: 'platform' | 'base';
  /** Creation objects (创建期) whose current figures meet the certification rule of this indicator. */
  creatingMet: number;
  creatingTotal: number;
  /** Certified platforms/bases (已认定, 复核中, 整改中) whose current figures meet it. */
  certifiedMet: number;
  certifiedTotal: number;
  /** Left to the experts (专家评审): neither met nor missed by the figures. */
  expertJudged: number;
}

export interface OversightDashboardView {
  scope: OversightScope;
  filters: AppliedFilters;
  asOf: PlainDate;
  /** The years of the published calls, for the year filter. */
  years: number[];
  total: number;
  /** Every lifecycle state in lifecycle order (STATES), zeros included. */
  byState: StateCount[];
  byYear: { year: number; count: number; creating: number; certified: number }[];
  /** In division-code order; a city's dashboard has one row. */
  byCity: { cityCode: string; cityName: string; count: number; creating: number; certified: number }[];
  byCarrier: { carrier: 'platform' | 'base'; platformKind: PlatformKind | null; label: string; count: number }[];
  /** One funnel per call, in year order. */
  funnels: FunnelView[];
  thresholds: {
    /** Objects whose standing is being recomputed after new data (or never computed yet). */
    pendingCount: number;
    creatingObjects: number;
    certifiedObjects: number;
    creatingAllMet: number;
    certifiedAllMet: number;
    /** In indicator-code order. */
    indicators: IndicatorStandingCount[];
  };
  /** In OVERDUE_KINDS order, zeros included. */
  overdue: { kind: OverdueKind; label: string; count: number }[];
}

export interface OversightObjectRow {
  applicationId: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  cityCode: string;
  cityName: string;
  carrier: 'platform' | 'base';
  platformKind: PlatformKind | null;
  callYear: number;
  state: LifecycleState;
  stateLabel: string;
  certificateNumber: string | null;
  /** null while not computed or not in creation / certified. */
  isCertificationMet: boolean | null;
}

export interface OversightObjectsPage {
  filters: AppliedFilters;
  total: number;
  page: number;
  pageSize: number;
  /** In division-code, then name order (neutral, Art. 8). */
  rows: OversightObjectRow[];
}

export interface OverdueItem {
  kind: OverdueKind;
  kindLabel: string;
  subjectId: string;
  applicationId: string | null;
  name: string;
  cityCode: string;
  cityName: string;
  dueOn: PlainDate;
  daysOverdue: number;
  /** Workspace path to open. */
  link: string;
}

export interface OverduePage {
  filters: AppliedFilters;
  total: number;
  page: number;
  pageSize: number;
  /** In due-date, then division-code order. */
  rows: OverdueItem[];
}
