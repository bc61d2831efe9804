// Rows of the route × role matrix for the audit-log routes (F7 item 1): only the 安全审计员 reads 操作日志 and
// 登录日志 (三员分立; 等保2.0 三级 8.1.4.3); business roles and the other two administrators get 403.
import { everyone, type RouteCase } from './principals';

const AUDITADMIN_ONLY = { ...everyone(403, 401), auditadmin: 200 };

export const AUDIT_LOG_CASES: RouteCase[] = [
  { method: 'GET', url: '/api/audit/operations', path: '/api/audit/operations', expected: AUDITADMIN_ONLY },
  { method: 'GET', url: '/api/audit/operations.xlsx', path: '/api/audit/operations.xlsx', expected: AUDITADMIN_ONLY },
  { method: 'GET', url: '/api/audit/logins', path: '/api/audit/logins', expected: AUDITADMIN_ONLY },
  { method: 'GET', url: '/api/audit/logins.xlsx', path: '/api/audit/logins.xlsx', expected: AUDITADMIN_ONLY },
];
