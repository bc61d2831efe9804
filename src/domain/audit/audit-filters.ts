// F7 item 1 (等保2.0 三级 8.1.4.3 c: 审计记录的查询与分析): the filters of 操作日志 and 登录日志, resolved against
// today's date (Asia/Shanghai). A bounded date range keeps every query on audit_log_time_idx.
import { addDays } from '../calendar/day-arithmetic';
import type { ErrorIssue } from '../shared/app-error';
import type { PlainDate } from '../shared/plain-date';
import type { Role } from '../shared/roles';

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const EXPORT_ROWS_MAX = 50_000;

export type LoginResult = 'success' | 'failure';
export const LOGIN_RESULT_LABELS: Record<LoginResult, string> = { success: '成功', failure: '失败' };

/** What the query string carried, already shaped by the contract. */
export interface AuditQueryInput {
  from?: PlainDate | undefined;
  to?: PlainDate | undefined;
  user?: string | undefined;
  role?: Role | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  ip?: string | undefined;
  result?: LoginResult | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The action filter: an exact action, or every action under a prefix (`application.` or `application.*`). */
export type ActionFilter = { kind: 'exact'; action: string } | { kind: 'prefix'; prefix: string };

export interface AuditFilters {
  from: PlainDate;
  to: PlainDate;
  user: string | null;
  role: Role | null;
  action: ActionFilter | null;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
  result: LoginResult | null;
  page: number;
  pageSize: number;
}

export type FilterOutcome = { ok: true; filters: AuditFilters } | { ok: false; issues: ErrorIssue[] };

/** Days from `from` to `to`, both counted: 2026-01-01..2026-01-01 is 1 day. */
export function daysCounted(from: PlainDate, to: PlainDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export function parseActionFilter(value: string): ActionFilter {
  if (value.endsWith('.*')) return { kind: 'prefix', prefix: value.slice(0, -1) };
  if (value.endsWith('.') || value.endsWith('_')) return { kind: 'prefix', prefix: value };
  return { kind: 'exact', action: value };
}

const blankToNull = (value: string | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/**
 * No dates: the last 30 days up to today. Only `from`: up to today. Only `to`: the 30 days ending then.
 * The range may not run backwards nor span more than 366 days (one year, leap day included).
 */
export function resolveAuditFilters(input: AuditQueryInput, today: PlainDate): FilterOutcome {
  const to = input.to ?? (input.from && input.from > today ? input.from : today);
  const from = input.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const issues: ErrorIssue[] = [];
  if (from > to) issues.push({ path: 'to', message: '结束日期不能早于开始日期' });
  else if (daysCounted(from, to) > MAX_RANGE_DAYS) issues.push({ path: 'from', message: `日期范围不能超过${MAX_RANGE_DAYS}天，请缩小开始日期与结束日期的间隔` });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    filters: {
      from,
      to,
      user: blankToNull(input.user)?.toLowerCase() ?? null,
      role: input.role ?? null,
      action: input.action ? parseActionFilter(input.action) : null,
      objectType: blankToNull(input.objectType),
      objectId: blankToNull(input.objectId),
      ip: blankToNull(input.ip),
      result: input.result ?? null,
      page: input.page ?? 1,
      pageSize: Math.min(input.pageSize ?? PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
    },
  };
}

/** The Asia/Shanghai day boundaries as instants: [from 00:00, the day after `to` 00:00). */
export function instantRange(filters: Pick<AuditFilters, 'from' | 'to'>): { start: string; end: string } {
  return { start: `${filters.from}T00:00:00+08:00`, end: `${addDays(filters.to, 1)}T00:00:00+08:00` };
}
