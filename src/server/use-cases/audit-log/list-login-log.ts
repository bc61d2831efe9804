// 登录日志 (F7 item 1; 等保2.0 三级 8.1.4.3): every auth.* record — logins, failures and why, lock-outs, logouts.
import type { AuditPage, LoginLogItem, LoginLogQuery } from '../../../contracts/audit-log';
import { auditLogReadRepository } from '../../../db/repositories/audit-log-read.repository';
import type { Deps, RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { resolveFilters, toLoginItem } from './audit-log-views';

export async function listLoginLog(deps: Deps, ctx: RequestContext, query: LoginLogQuery): Promise<AuditPage<LoginLogItem>> {
  requirePermission(ctx, 'audit.read');
  const filters = resolveFilters(deps, query);
  const { rows, total } = await auditLogReadRepository.findPage(deps.db, 'logins', filters);
  return { items: rows.map(toLoginItem), total, page: filters.page, pageSize: filters.pageSize, from: filters.from, to: filters.to };
}
