// Rows of the route × role matrix for the second-factor routes (F7 item 3). The matrix runs with the second factor
// not required, so every signed-in role's session is already 'done': asking to enrol, confirm or verify again is
// 409 TRANSITION_NOT_ALLOWED (本次登录无需或已完成动态验证码验证); anonymous is 401. The pending paths are covered by
// second-factor.integration.test.ts.
import { everyone, type RouteCase } from './principals';

export const SECOND_FACTOR_CASES: RouteCase[] = [
  { method: 'POST', url: '/api/auth/second-factor/enrolment', path: '/api/auth/second-factor/enrolment', payload: {}, expected: everyone(409, 401) },
  {
    method: 'POST',
    url: '/api/auth/second-factor/enrolment/confirm',
    path: '/api/auth/second-factor/enrolment/confirm',
    payload: { code: '123456' },
    expected: everyone(409, 401),
  },
  { method: 'POST', url: '/api/auth/second-factor/verify', path: '/api/auth/second-factor/verify', payload: { code: '123456' }, expected: everyone(409, 401) },
];
