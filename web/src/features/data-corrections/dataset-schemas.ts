// The row schema of each dataset, as the forms use it: the same columns (headers, hints, choices) and the same
// parseRow the server applies, so a form shows a mistake under its field before anything is sent.
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { DatasetKey } from '../../../../src/domain/creation-data/datasets';
import type { RowContext } from '../../../../src/domain/creation-data/row-schema';
import { rowContextOf, ROW_SCHEMAS } from '../../../../src/domain/creation-data/rows/row-schemas';
import { formatDate } from '../../lib/format-date-time';

export { ROW_SCHEMAS };

/**
 * The fields that make a row the same record (DESIGN §5: a correction is a new row that supersedes the current one
 * with the same fields). Events and service records are not corrected this way: a record is voided, an event
 * with the same number or content is already stored.
 */
export const RECORD_IDENTITY: Partial<Record<DatasetKey, string>> = {
  resources: '类型和统一社会信用代码（专家为名称和工作单位）',
  libraryCounts: '资源库和统计日期',
  entryPoints: '入口类型、移动端类型和访问地址',
  baseEnterprises: '年度和统一社会信用代码',
  baseProfiles: '年度',
};

/** Events (线下服务活动, 基地服务活动) are corrected by voiding the wrong one and entering it again. */
export function isEventDataset(dataset: DatasetKey): boolean {
  return dataset === 'serviceEvents' || dataset === 'baseActivities';
}

export function isCorrectable(dataset: DatasetKey): boolean {
  return RECORD_IDENTITY[dataset] !== undefined;
}

/** What the server checks rows against: today in Asia/Shanghai and the service items of the platform's kind. */
export function rowContextFor(object: CreationObjectSummary): RowContext {
  return rowContextOf(object, formatDate(new Date().toISOString()));
}

export const correctionPaths = {
  records: (objectId: string, dataset: DatasetKey) => `/api/creation-objects/${objectId}/datasets/${dataset}/records`,
  current: (objectId: string, dataset: DatasetKey, page: number, pageSize: number) =>
    `/api/creation-objects/${objectId}/datasets/${dataset}/current?page=${page}&pageSize=${pageSize}`,
  serviceRecords: (objectId: string, q: string, page: number, pageSize: number) =>
    `/api/creation-objects/${objectId}/service-records?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page), pageSize: String(pageSize) }).toString()}`,
  voidRecord: (objectId: string, recordId: number) => `/api/creation-objects/${objectId}/service-records/${recordId}/void`,
  voidEvent: (objectId: string, eventId: string) => `/api/creation-objects/${objectId}/service-events/${eventId}/void`,
};
