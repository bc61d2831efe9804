// The shared vocabulary of the route × role matrix (route-matrix.integration.test.ts): who asks, and what each
// row says. Feature rows that live in their own file (F7) use the same shape.
import { ROLES } from '../../../domain/shared/roles';

// city = 广州 officer, city.other = 深圳 officer; applicant = a 广州 organisation that is not {gz}.
export const PRINCIPALS = ['anonymous', ...ROLES, 'city.other'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface RouteCase {
  method: string;
  url: string;
  /** The concrete request; {gz} is a 广州 organisation's id, {call} a draft annual call's. */
  path: string;
  payload?: object;
  expected: Record<Principal, number>;
}

export const everyone = (status: number, anonymous = status): Record<Principal, number> =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? anonymous : status])) as Record<Principal, number>;
export const ADMINS = { sysadmin: 403, secadmin: 403, auditadmin: 403 };
