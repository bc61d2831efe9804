// 操作日志 (F7 item 1; 等保2.0 三级 8.1.4.3 c): the audit administrator searches every non-login record. Looking is
// not audited per page (only exports are), so paging through does not flood the log it reads.
import type { AuditPage, OperationLogItem, OperationLogQuery } from '../../../contracts/audit-log';
import { auditLogReadRepository } from '../../../db/repositories/audit-log-read.repository';
import type { Deps, RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { resolveFilters, toOperationItem } from './audit-log-views';

export async function listOperationLog(deps: Deps, ctx: RequestContext, query: OperationLogQuery): Promise<AuditPage<OperationLogItem>> {
  requirePermission(ctx, 'audit.read');
  const filters = resolveFilters(deps, query);
  const { rows, total } = await auditLogReadRepository.findPage(deps.db, 'operations', filters);
  return { items: rows.map(toOperationItem), total, page: filters.page, pageSize: filters.pageSize, from: filters.from, to: filters.to };
}
