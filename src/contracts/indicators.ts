// The indicator dashboard, its drill-downs and the data-quality hints of one creation object (F4 items 3–4):
//   GET /api/creation-objects?state=&city=&carrier=                     → CreationObjectList
//   GET /api/creation-objects/:id                                      → CreationObjectSummary
//   GET /api/creation-objects/:id/indicators?window=                   → IndicatorDashboardView
//   GET /api/creation-objects/:id/indicators/enterprises?window=&page=&pageSize= → Page<ServedEnterprise>
//   GET /api/creation-objects/:id/indicators/events?window=&filter=&page=&pageSize= → EventPage
//   GET /api/creation-objects/:id/indicators/divisions?window=         → DivisionCoverage
//   GET /api/creation-objects/:id/indicators/service-items?window=     → ServiceItemDelivery
//   GET /api/creation-objects/:id/flags                                → DataFlagsView
// window: 0 the whole period, 1 its first year, 2 the second, 3 the extension year.
import { z } from 'zod';
import type { DataFlag } from '../domain/creation-data/data-flags';
import type { DivisionCoverage, ServiceItemDelivery } from '../domain/creation-data/indicator-details';
import type { IndicatorDashboard } from '../domain/creation-data/indicator-dashboard';
import type { PeriodWindow } from '../domain/creation-data/creation-period';
import { STATES } from '../domain/lifecycle/states';
import { CARRIERS } from '../domain/standards/types';
import type { CreationObjectSummary } from './creation-objects';
import { zPageQuery } from './fields';
import type { Page } from './organisations';


export const zCreationObjectListQuery = z.strictObject({
  state: z.enum(STATES, { error: '状态不正确' }).optional(),
  city: z.string({ error: '地市应为行政区划代码' }).regex(/^44\d{2}00$/, { message: '地市应为6位行政区划代码，例如440100' }).optional(),
  carrier: z.enum(CARRIERS, { error: '载体类型应为platform（平台）或base（基地）' }).optional(),
});

export const zWindow = z.coerce
  .number({ error: '统计区间应为0（整个创建期）、1、2或3（第几年）' })
  .int({ message: '统计区间应为0（整个创建期）、1、2或3（第几年）' })
  .min(0, { message: '统计区间应为0（整个创建期）、1、2或3（第几年）' })
  .max(3, { message: '统计区间应为0（整个创建期）、1、2或3（第几年）' })
  .default(0);

export const zWindowQuery = z.strictObject({ window: zWindow });
export const zWindowPageQuery = zPageQuery.extend({ window: zWindow });
export const EVENT_FILTERS = ['all', 'reaching', 'short'] as const;
export const zEventPageQuery = zWindowPageQuery.extend({
  filter: z.enum(EVENT_FILTERS, { error: '筛选应为all（全部）、reaching（达到人数要求）或short（未达到）' }).default('all'),
});

export interface CreationObjectList {
  items: CreationObjectSummary[];
}

export interface IndicatorDashboardView extends IndicatorDashboard {
  /** The windows the object has: the whole period first, then each year. */
  windows: PeriodWindow[];
  /** The day stock figures (resource pool, entries, libraries) are taken on: the window's end, or today. */
  asOf: string;
  carrier: 'platform' | 'base';
}

export interface ServedEnterprise {
  creditCode: string;
  name: string;
  records: number;
  firstServedOn: string;
  lastServedOn: string;
}

export interface EventItem {
  id: string;
  date: string;
  topic: string;
  participantCount: number;
  /** At least the Attachment 1 minimum of participating enterprises (每场活动15家以上企业参加); null for a base. */
  isReaching: boolean | null;
}

export interface EventPage extends Page<EventItem> {
  /** 15 for platforms; null for a base, whose activities have no participant minimum (Attachment 2). */
  minParticipants: number | null;
}

export type { DivisionCoverage, ServiceItemDelivery };

export interface DataFlagsView {
  flags: DataFlag[];
  note: string;
}
