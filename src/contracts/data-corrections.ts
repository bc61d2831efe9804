// 数据维护 (F4 item 2(c)): small corrections in forms — one row of any dataset, entered through the same row schema
// as the Excel template and the push API — the current rows the forms start from, and taking a service record or an
// event back (作废) with a reason. Nothing is edited or deleted (DESIGN §5): a correction is a new row that supersedes.
import { z } from 'zod';
import { DATASET_KEYS, type DatasetKey } from '../domain/creation-data/datasets';
import { zPageQuery, zText, zUuid } from './fields';

export const zDatasetRecordParams = z.strictObject({
  id: zUuid('创建对象编号'),
  dataset: z.enum(DATASET_KEYS, { error: '数据集不存在' }),
});

/** A participant list of 5,000 codes with separators is about 100,000 characters; nothing a form sends is longer. */
export const MAX_CELL_LENGTH = 100_000;

const zCellText = z.string().max(MAX_CELL_LENGTH, { message: `单元格内容不能超过${MAX_CELL_LENGTH}个字` });

/** Text, a number, or a list (joined with 、 like a participant list written in one cell). */
const zCell = z.union([zCellText, z.number(), z.null(), z.array(zCellText).max(5000, { message: '列表不能超过5000项' })], {
  error: '单元格应为文字、数字或文字列表',
});

/** `cells` is keyed by the dataset's column keys (the push API's field names); a key left out is an empty cell. */
export const zDatasetRecordRequest = z.strictObject({
  cells: z.record(z.string(), zCell, { error: '请填写记录内容（cells）' }),
});
export type DatasetRecordRequest = z.infer<typeof zDatasetRecordRequest>;

export const zCurrentRowsQuery = zPageQuery;

/** A row taken back (作废): it stays listed and no longer counts. */
export interface RowVoid {
  reason: string;
  voidedAt: string;
  voidedByName: string | null;
}

/** One current row: its cells written as the template writes them (so a form can start a correction from them). */
export interface CurrentRow {
  id: string;
  cells: Record<string, string>;
  /** When this version was recorded. */
  recordedAt: string;
  /** Events only (the other datasets are corrected by a superseding row): the void, if the event was taken back. */
  voided: RowVoid | null;
}

export interface CurrentRowsPage {
  dataset: DatasetKey;
  total: number;
  page: number;
  pageSize: number;
  rows: CurrentRow[];
}

/** What a form correction did: stored as a new row, or equal to the current row and so not stored again. */
export interface DatasetRecordResult {
  importId: string;
  isDuplicate: boolean;
}

export const zServiceRecordsQuery = zPageQuery.extend({
  q: z.string().trim().max(100, { message: '搜索内容不能超过100个字' }).optional(),
});

export const zServiceRecordParams = z.strictObject({
  id: zUuid('创建对象编号'),
  recordId: z.coerce
    .number({ error: '服务记录编号应为数字' })
    .int({ message: '服务记录编号应为整数' })
    .min(1, { message: '服务记录编号应为正整数' })
    .max(Number.MAX_SAFE_INTEGER, { message: '服务记录编号过大' }),
});

export const zServiceEventParams = z.strictObject({
  id: zUuid('创建对象编号'),
  eventId: zUuid('活动编号'),
});

/** Taking a service record or an event back. */
export const zVoidRequest = z.strictObject({
  reason: zText('作废原因', 2, 500),
});
export type VoidRequest = z.infer<typeof zVoidRequest>;

export interface ServiceRecordItem {
  id: number;
  externalId: string | null;
  creditCode: string;
  enterpriseName: string;
  divisionCode: string;
  serviceItem: string;
  serviceDate: string;
  channelLabel: string;
  satisfaction: number | null;
  isVoided: boolean;
  voidReason: string | null;
  voidedAt: string | null;
  voidedByName: string | null;
}

export interface ServiceRecordsPage {
  total: number;
  page: number;
  pageSize: number;
  records: ServiceRecordItem[];
}

/** An event as voided (POST …/service-events/:eventId/void). */
export interface VoidedServiceEvent {
  id: string;
  eventDate: string;
  topic: string;
  voided: RowVoid;
}
