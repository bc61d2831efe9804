// 信息数据库 open data (F6 items 1 and 3, DESIGN §7; ADR 0017): the query of GET /api/v1/registry(.csv) and what it
// answers. Art. 8: neutral order, no scores — no field here carries a result value.
import { z } from 'zod';
import { CITY_CODES } from '../domain/divisions/divisions';
import {
  REGISTRY_CARRIERS,
  REGISTRY_DEFAULT_PAGE_SIZE,
  REGISTRY_LEVELS,
  REGISTRY_MAX_PAGE_SIZE,
  REGISTRY_MAX_QUERY_CHARS,
  REGISTRY_MAX_YEAR,
  REGISTRY_MIN_YEAR,
  REGISTRY_SERVICE_ITEMS,
  REGISTRY_STATUS_FILTERS,
  type RegistryCarrier,
  type RegistryLevel,
  type RegistrySource,
  type RegistryStatus,
  type RegistryStatusFilter,
} from '../domain/registry/filters';
import { normaliseSearch } from '../domain/registry/search';
import type { FormerName } from '../domain/registry/types';
import { zUuid } from './fields';

export { REGISTRY_STATUS_FILTERS, type RegistryStatusFilter };

const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label}取值有误，可选：${values.join('、')}` });

// Digits only: "-1", "1.5", "0x10", "1e3" and " 2" are refused rather than read as numbers JavaScript would make of them.
const wholeNumber = (label: string) =>
  z
    .string({ error: `${label}应为正整数` })
    .regex(/^\d{1,30}$/, { message: `${label}应为正整数` })
    .transform(Number);

// A query string key given twice arrives as an array: refused by the enum/string checks with the field's message.
export const zRegistryQuery = z.strictObject({
  level: oneOf(REGISTRY_LEVELS, '级别（level）').optional(),
  carrier: oneOf(REGISTRY_CARRIERS, '载体类型（carrier）').optional(),
  city: z.enum(CITY_CODES, { error: '地市（city）应为广东省地级以上市的6位行政区划代码，如440100' }).optional(),
  serviceItem: z.enum(REGISTRY_SERVICE_ITEMS, { error: '服务内容（serviceItem）应为服务内容清单中的一项' }).optional(),
  status: oneOf(REGISTRY_STATUS_FILTERS, '状态（status）').default('current'),
  year: wholeNumber('批次年份（year）')
    .pipe(
      z
        .number()
        .min(REGISTRY_MIN_YEAR, { message: `批次年份（year）不能早于${REGISTRY_MIN_YEAR}年` })
        .max(REGISTRY_MAX_YEAR, { message: `批次年份（year）不能晚于${REGISTRY_MAX_YEAR}年` }),
    )
    .optional(),
  q: z
    .string({ error: '搜索词（q）应为一段文字' })
    .transform(normaliseSearch)
    .refine((q) => q.length <= REGISTRY_MAX_QUERY_CHARS, { message: `搜索词（q）不能超过${REGISTRY_MAX_QUERY_CHARS}个字` })
    .optional(),
  page: wholeNumber('页码（page）')
    .pipe(z.number().min(1, { message: '页码（page）最小为1' }).max(100_000, { message: '页码（page）过大' }))
    .default(1),
  // Larger page sizes are capped, not refused (F6 "bad input") — however many digits they have.
  pageSize: wholeNumber('每页条数（pageSize）')
    .pipe(z.number().min(1, { message: '每页条数（pageSize）最小为1' }).transform((n) => Math.min(n, REGISTRY_MAX_PAGE_SIZE)))
    .default(REGISTRY_DEFAULT_PAGE_SIZE),
});
export type RegistryQuery = z.infer<typeof zRegistryQuery>;

/** The CSV takes the same filters and no paging: the whole filtered list. */
export const zRegistryCsvQuery = zRegistryQuery.omit({ page: true, pageSize: true });
export type RegistryCsvQuery = z.infer<typeof zRegistryCsvQuery>;

export const zRegistryEntryParams = z.strictObject({ id: zUuid('条目编号') });

export interface RegistryEntry {
  /** Stable: the same entry keeps its id for good. */
  id: string;
  name: string;
  operatorName: string;
  carrier: RegistryCarrier;
  carrierLabel: string;
  /** 综合服务平台 / 专业服务平台; null for bases. */
  platformKind: 'comprehensive' | 'professional' | null;
  platformKindLabel: string | null;
  cityCode: string;
  cityName: string;
  countyCode: string;
  countyName: string;
  /** The levels it holds: 国家级 and/or 省级. */
  levels: RegistryLevel[];
  isNational: boolean;
  isProvincial: boolean;
  batchYear: number | null;
  status: RegistryStatus;
  statusLabel: string;
  statusDetail: string | null;
  certificateNumber: string | null;
  certifiedOn: string | null;
  serviceItems: string[];
  /** The organisation's public service phone and website; never a person's. */
  publicPhone: string | null;
  website: string | null;
  source: RegistrySource;
}

export interface RegistryPage {
  items: RegistryEntry[];
  page: number;
  pageSize: number;
  total: number;
  /** Said beside every list (Art. 8). */
  orderNote: string;
}

export interface RegistryHistoryItem {
  occurredOn: string;
  kind: string;
  label: string;
  /** Only a reason that was published with the act (Art. 10–12). */
  publicReason: string | null;
}

export interface RegistryEntryDetail extends RegistryEntry {
  formerNames: FormerName[];
  history: RegistryHistoryItem[];
}
