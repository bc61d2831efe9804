// The filters of 操作日志 / 登录日志 as a query string: the same string drives the table and the 导出Excel link, so
// the export holds exactly what the table shows (F7 item 1).
import type { Dayjs } from 'dayjs';

export interface AuditFilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  user?: string;
  role?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  ip?: string;
  result?: string;
}

export function filterQuery(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  const [from, to] = values.range ?? [null, null];
  if (from) params.set('from', from.format('YYYY-MM-DD'));
  if (to) params.set('to', to.format('YYYY-MM-DD'));
  for (const key of ['user', 'role', 'action', 'objectType', 'objectId', 'ip', 'result'] as const) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function withPage(params: URLSearchParams, page: number, pageSize: number): string {
  const paged = new URLSearchParams(params);
  paged.set('page', String(page));
  paged.set('pageSize', String(pageSize));
  return paged.toString();
}
