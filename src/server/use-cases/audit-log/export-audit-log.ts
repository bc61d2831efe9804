// 导出Excel of 操作日志 / 登录日志 (F7 item 1; 等保2.0 三级 8.1.4.3 c, 8.1.5.4): the current filters, newest first, at
// most 50,000 rows, Chinese headers, Asia/Shanghai time. Reading the log out of the system is itself recorded
// (audit.export) in the transaction that reads it; more rows than the cap is refused rather than cut silently.
import type { LoginLogQuery, OperationLogQuery } from '../../../contracts/audit-log';
import { auditLogReadRepository, type AuditReadRow } from '../../../db/repositories/audit-log-read.repository';
import { EXPORT_ROWS_MAX, type AuditFilters } from '../../../domain/audit/audit-filters';
import { AppError } from '../../../domain/shared/app-error';
import { buildWorkbook, type SheetSpec, type XlsxDownload } from '../../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { resolveFilters, shanghaiTimestamp, toLoginItem, toOperationItem } from './audit-log-views';

type Log = 'operations' | 'logins';

// Excel holds at most 32,767 characters in a cell.
const CELL_MAX = 32_000;
const json = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value).slice(0, CELL_MAX));

function operationSheet(rows: AuditReadRow[]): SheetSpec {
  return {
    name: '操作日志',
    columns: [
      { header: '时间', key: 'time', width: 20 },
      { header: '用户名', key: 'username' },
      { header: '姓名', key: 'displayName' },
      { header: '角色', key: 'role', width: 20 },
      { header: '操作', key: 'action', width: 24 },
      { header: '操作代码', key: 'code', width: 28 },
      { header: '对象类型', key: 'objectType' },
      { header: '对象编号', key: 'objectId', width: 38 },
      { header: 'IP地址', key: 'ip' },
      { header: '请求编号', key: 'requestId', width: 38 },
      { header: '变更前', key: 'before', width: 40 },
      { header: '变更后', key: 'after', width: 40 },
    ],
    rows: rows.map(toOperationItem).map((item) => ({
      time: shanghaiTimestamp(new Date(item.occurredAt)),
      username: item.actor.username ?? (item.actor.userId ? '' : '系统'),
      displayName: item.actor.displayName ?? '',
      role: item.actor.roleLabel ?? '',
      action: item.actionLabel,
      code: item.action,
      objectType: item.objectTypeLabel,
      objectId: item.objectId ?? '',
      ip: item.ip ?? '',
      requestId: item.requestId ?? '',
      before: json(item.before),
      after: json(item.after),
    })),
  };
}

function loginSheet(rows: AuditReadRow[]): SheetSpec {
  return {
    name: '登录日志',
    columns: [
      { header: '时间', key: 'time', width: 20 },
      { header: '用户名', key: 'username' },
      { header: '姓名', key: 'displayName' },
      { header: '角色', key: 'role', width: 20 },
      { header: '事件', key: 'action', width: 24 },
      { header: '结果', key: 'result', width: 8 },
      { header: '失败原因', key: 'reason', width: 20 },
      { header: 'IP地址', key: 'ip' },
    ],
    rows: rows.map(toLoginItem).map((item) => ({
      time: shanghaiTimestamp(new Date(item.occurredAt)),
      username: item.username ?? '',
      displayName: item.displayName ?? '',
      role: item.roleLabel ?? '',
      action: item.actionLabel,
      result: item.isSuccess ? '成功' : '失败',
      reason: item.reason ?? '',
      ip: item.ip ?? '',
    })),
  };
}

const TITLES: Record<Log, { chinese: string; ascii: string }> = {
  operations: { chinese: '操作日志', ascii: 'operation-log' },
  logins: { chinese: '登录日志', ascii: 'login-log' },
};

function filtersRecorded(filters: AuditFilters): Record<string, unknown> {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
}

export async function exportAuditLog(deps: Deps, ctx: RequestContext, log: Log, query: OperationLogQuery | LoginLogQuery): Promise<XlsxDownload> {
  requirePermission(ctx, 'audit.read');
  const filters = resolveFilters(deps, query);
  const rows = await deps.db.transaction(async (tx) => {
    const found = await auditLogReadRepository.findForExport(tx, log, filters, EXPORT_ROWS_MAX);
    if (found.length > EXPORT_ROWS_MAX) {
      throw new AppError('VALIDATION_FAILED', `符合条件的记录超过${EXPORT_ROWS_MAX}条，请缩小日期范围或增加筛选条件后再导出`, {
        issues: [{ path: 'from', message: `导出最多${EXPORT_ROWS_MAX}条，请缩小日期范围` }],
      });
    }
    await appendAudit(tx, deps, ctx, { action: 'audit.export', objectType: 'audit_log', objectId: null, after: { log, filters: filtersRecorded(filters), rows: found.length } });
    return found;
  });
  const buffer = await buildWorkbook([log === 'operations' ? operationSheet(rows) : loginSheet(rows)], 'Shifan 安全审计');
  const title = TITLES[log];
  return { fileName: `${title.chinese}_${filters.from}至${filters.to}.xlsx`, asciiFileName: `${title.ascii}-${filters.from}-${filters.to}.xlsx`, buffer };
}
