// Rows of the route × role matrix for the audit-log routes (F7).
import type { RouteCase } from './principals';

export const AUDIT_LOG_CASES: RouteCase[] = [];
