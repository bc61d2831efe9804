// Rows of the route × role matrix for the admin-accounts routes (F7 item 2, 三员分立): accounts are the system
// administrator's, roles the security administrator's; the account list serves both. The account and assignment
// ids do not exist, so the one administrator allowed gets 404 and everyone else 403 (anonymous 401).
import { everyone, type RouteCase } from './principals';

const NO_ACCOUNT = '00000000-0000-4000-8000-000000000000';
const SYSADMIN_ONLY = { ...everyone(403, 401), sysadmin: 404 };
const SECADMIN_ONLY = { ...everyone(403, 401), secadmin: 404 };

export const ADMIN_ACCOUNTS_CASES: RouteCase[] = [
  { method: 'GET', url: '/api/admin/accounts', path: '/api/admin/accounts', expected: { ...everyone(403, 401), sysadmin: 200, secadmin: 200 } },
  { method: 'POST', url: '/api/admin/accounts', path: '/api/admin/accounts', payload: { username: 'matrix.account', displayName: '路由权限测试' }, expected: { ...everyone(403, 401), sysadmin: 201 } },
  { method: 'POST', url: '/api/admin/accounts/:id/disable', path: `/api/admin/accounts/${NO_ACCOUNT}/disable`, payload: {}, expected: SYSADMIN_ONLY },
  { method: 'POST', url: '/api/admin/accounts/:id/enable', path: `/api/admin/accounts/${NO_ACCOUNT}/enable`, payload: {}, expected: SYSADMIN_ONLY },
  { method: 'POST', url: '/api/admin/accounts/:id/reset-password', path: `/api/admin/accounts/${NO_ACCOUNT}/reset-password`, payload: {}, expected: SYSADMIN_ONLY },
  { method: 'POST', url: '/api/admin/accounts/:id/roles', path: `/api/admin/accounts/${NO_ACCOUNT}/roles`, payload: { role: 'province' }, expected: SECADMIN_ONLY },
  { method: 'DELETE', url: '/api/admin/accounts/:id/roles/:assignmentId', path: `/api/admin/accounts/${NO_ACCOUNT}/roles/${NO_ACCOUNT}`, payload: {}, expected: SECADMIN_ONLY },
  { method: 'POST', url: '/api/admin/accounts/:id/unlock', path: `/api/admin/accounts/${NO_ACCOUNT}/unlock`, payload: {}, expected: SECADMIN_ONLY },
  { method: 'POST', url: '/api/admin/accounts/:id/reset-second-factor', path: `/api/admin/accounts/${NO_ACCOUNT}/reset-second-factor`, payload: {}, expected: SECADMIN_ONLY },
  { method: 'GET', url: '/api/admin/credential-handovers', path: '/api/admin/credential-handovers', expected: { ...everyone(403, 401), secadmin: 200 } },
  { method: 'POST', url: '/api/admin/credential-handovers/:id/issue', path: `/api/admin/credential-handovers/${NO_ACCOUNT}/issue`, payload: {}, expected: SECADMIN_ONLY },
  { method: 'GET', url: '/api/admin/permissions', path: '/api/admin/permissions', expected: { ...everyone(403, 401), secadmin: 200 } },
  { method: 'GET', url: '/api/admin/organisation-choices', path: '/api/admin/organisation-choices?q=%E6%B5%8B%E8%AF%95', expected: { ...everyone(403, 401), secadmin: 200 } },
];
