// 登录日志 导出Excel (F7 item 1): the current filters; the export is itself audited (audit.export).
import type { LoginLogQuery } from '../../../contracts/audit-log';
import type { XlsxDownload } from '../../documents/xlsx-workbook';
import type { Deps, RequestContext } from '../context';
import { exportAuditLog } from './export-audit-log';

export function exportLoginLog(deps: Deps, ctx: RequestContext, query: LoginLogQuery): Promise<XlsxDownload> {
  return exportAuditLog(deps, ctx, 'logins', query);
}
