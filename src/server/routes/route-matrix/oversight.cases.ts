// Rows of the route × role matrix for the oversight routes (F8): the province sees every city, a city officer its
// own city only; applicants, experts, auditors and the three administrators are refused. Each row names 广州
// (440100): the 广州 officer gets 200, the 深圳 officer 403 (地市账号只能查看本市数据) — never a widened answer.
import { everyone, type RouteCase } from './principals';

const OWN_CITY = { ...everyone(403, 401), province: 200, city: 200, 'city.other': 403 };

export const OVERSIGHT_CASES: RouteCase[] = ['dashboard', 'dashboard.xlsx', 'objects', 'objects.xlsx', 'overdue', 'overdue.xlsx'].map((name) => ({
  method: 'GET',
  url: `/api/oversight/${name}`,
  path: `/api/oversight/${name}?city=440100`,
  expected: OWN_CITY,
}));

// 年度工作报告 of 2050 (published in the matrix's beforeAll) for 广州 (export-programme-report.ts).
OVERSIGHT_CASES.push({ method: 'GET', url: '/api/oversight/report.docx', path: '/api/oversight/report.docx?year=2050&city=440100', expected: OWN_CITY });
