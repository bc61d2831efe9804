// 国家级名单导入 (Art. 9; ADR 0017): the province uploads MIIT's list, reads how each row was matched and resolves the
// rows left over by hand. Requests validated here; answers typed for the pages.
import { z } from 'zod';
import { CITY_CODES, isChildOfCity } from '../domain/divisions/divisions';
import { REGISTRY_MAX_QUERY_CHARS, type RegistryCarrier, type RegistryStatus } from '../domain/registry/filters';
import type { NationalRowOutcome } from '../domain/registry/national-tier';
import { normaliseSearch } from '../domain/registry/search';
import { zUuid } from './fields';

/** MIIT's list is a few hundred lines: a larger file is not it. */
export const MAX_NATIONAL_LIST_BYTES = 5 * 1024 * 1024;
export const MAX_NATIONAL_LIST_ROWS = 3000;
export const MAX_DISMISS_REASON_CHARS = 200;

export const zNationalUploadParams = z.strictObject({ id: zUuid('导入批次编号') });
export const zNationalRowParams = z.strictObject({ rowId: zUuid('名单行编号') });

/** Measured as the registry's public search measures it (ADR 0017): after normaliseSearch, against the same limit. */
export const zNationalEntrySearchQuery = z.strictObject({
  q: z
    .string({ error: '搜索词（q）应为一段文字' })
    .transform(normaliseSearch)
    .refine((q) => q.length >= 2, { message: '搜索词（q）至少2个字' })
    .refine((q) => q.length <= REGISTRY_MAX_QUERY_CHARS, { message: `搜索词（q）不能超过${REGISTRY_MAX_QUERY_CHARS}个字` }),
});

export const zResolveNationalRow = z.discriminatedUnion(
  'action',
  [
    // Pick the entry the row is: it is marked national (through the lifecycle for programme entries).
    z.strictObject({ action: z.literal('match'), entryId: zUuid('信息数据库条目') }),
    // List the row as a national-only entry (source miit): the city is asked for, the row's text may not name one.
    z
      .strictObject({
        action: z.literal('create'),
        cityCode: z.enum(CITY_CODES, { error: '请选择所在地市' }),
        countyCode: z.string({ error: '所在区县应为行政区划代码' }).regex(/^\d{6}(\d{3})?$/, { message: '所在区县应为6位或9位行政区划代码' }).optional(),
        carrier: z.enum(['platform', 'base'], { error: '请选择载体类型（示范平台或示范基地）' }),
      })
      .refine((body) => body.countyCode === undefined || isChildOfCity(body.cityCode, body.countyCode), { message: '所在区县不属于所选地市', path: ['countyCode'] }),
    z.strictObject({
      action: z.literal('dismiss'),
      reason: z
        .string({ error: '请填写无需处理的理由' })
        .trim()
        .min(1, { message: '请填写无需处理的理由' })
        .max(MAX_DISMISS_REASON_CHARS, { message: `理由不能超过${MAX_DISMISS_REASON_CHARS}个字` }),
    }),
  ],
  { error: '请选择处理方式（match、create或dismiss）' },
);
export type ResolveNationalRowRequest = z.infer<typeof zResolveNationalRow>;

export interface NationalUploadSummary {
  id: string;
  title: string;
  fileName: string;
  rowCount: number;
  uploadedAt: string;
  uploadedByName: string;
  /** Rows by outcome; the open ones wait for the province's hand. */
  counts: Partial<Record<NationalRowOutcome, number>>;
  openCount: number;
}

export interface NationalEntryBrief {
  id: string;
  name: string;
  operatorName: string;
  operatorCreditCode: string | null;
  cityName: string;
  carrierLabel: string;
  status: RegistryStatus;
  statusLabel: string;
  isNational: boolean;
  isProvincial: boolean;
}

export interface NationalRowView {
  id: string;
  rowNumber: number;
  name: string;
  operatorName: string;
  creditCode: string;
  /** Whether the code is a valid 统一社会信用代码 (a malformed one is never matched). */
  isCreditCodeValid: boolean;
  carrierText: string | null;
  cityText: string | null;
  batchText: string | null;
  outcome: NationalRowOutcome;
  outcomeLabel: string;
  isOpen: boolean;
  isResolvedManually: boolean;
  entry: NationalEntryBrief | null;
  /** The operator's entries, for a row left to the province (ambiguous, not certified). */
  candidates: NationalEntryBrief[];
  /** Guesses from the row's text for listing it as national-only. */
  suggestedCityCode: string | null;
  suggestedCarrier: RegistryCarrier | null;
  dismissReason: string | null;
  resolvedAt: string | null;
}

export interface NationalUploadDetail extends NationalUploadSummary {
  rows: NationalRowView[];
  /** National entries that this list does not name: for review, never unmarked automatically (ADR 0017). */
  absentNational: NationalEntryBrief[];
}
