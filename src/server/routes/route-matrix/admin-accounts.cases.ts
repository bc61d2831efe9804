// Rows of the route × role matrix for the admin-accounts routes (F7).
import type { RouteCase } from './principals';

export const ADMIN_ACCOUNTS_CASES: RouteCase[] = [];
