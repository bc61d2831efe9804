// Every route that exists × every role: the expected status of each pair is written down here, and the test
// fails when a route is added without a row, so no route escapes the access policy's review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../db/testing/builders';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';
import { ADMIN_ACCOUNTS_CASES } from './route-matrix/admin-accounts.cases';
import { AUDIT_LOG_CASES } from './route-matrix/audit-log.cases';
import { OVERSIGHT_CASES } from './route-matrix/oversight.cases';
import { ADMINS, everyone, PRINCIPALS, type Principal, type RouteCase } from './route-matrix/principals';
import { SECOND_FACTOR_CASES } from './route-matrix/second-factor.cases';

const CALL_READERS = { ...everyone(200, 401), ...ADMINS };
const CALL_READERS_404 = { ...everyone(404, 401), ...ADMINS };
const callContent = (year: number) => ({
  year,
  title: `${year}年度创建工作通知`,
  text: '通知正文',
  creationQuota: 10,
  cityCaps: {},
  opensOn: `${year}-03-01`,
  closesOn: `${year}-04-30`,
  cityReviewDeadline: `${year}-05-31`,
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
});

/** A notice, objection or receipt id that does not exist (公示与异议 rows). */
const NO_NOTICE = '00000000-0000-4000-8000-0000000000a1';

/** An application, call, file or material id that does not exist (申报 rows). */
const NO_APPLICATION = '00000000-0000-4000-8000-0000000000b2';

const CASES: RouteCase[] = [
  { method: 'GET', url: '/api/health', path: '/api/health', expected: everyone(200) },
  { method: 'GET', url: '/api/divisions', path: '/api/divisions', expected: everyone(200) },
  { method: 'POST', url: '/api/registrations', path: '/api/registrations', payload: {}, expected: everyone(400) },
  { method: 'POST', url: '/api/auth/login', path: '/api/auth/login', payload: {}, expected: everyone(400) },
  { method: 'POST', url: '/api/auth/logout', path: '/api/auth/logout', payload: {}, expected: everyone(204) },
  { method: 'GET', url: '/api/auth/me', path: '/api/auth/me', expected: everyone(200, 401) },
  {
    method: 'POST',
    url: '/api/auth/password',
    path: '/api/auth/password',
    payload: { currentPassword: 'Not#TheRight1', newPassword: 'Another#Pass2026' },
    expected: everyone(400, 401),
  },
  { method: 'GET', url: '/api/todos', path: '/api/todos', expected: everyone(200, 401) },
  {
    method: 'GET',
    url: '/api/organisations',
    path: '/api/organisations',
    expected: { anonymous: 401, applicant: 200, city: 200, 'city.other': 200, province: 200, expert: 403, auditor: 200, sysadmin: 403, secadmin: 403, auditadmin: 403 },
  },
  {
    method: 'GET',
    url: '/api/organisations/:id',
    path: '/api/organisations/{gz}',
    expected: { anonymous: 401, applicant: 404, city: 200, 'city.other': 404, province: 200, expert: 403, auditor: 200, sysadmin: 403, secadmin: 403, auditadmin: 403 },
  },
  { method: 'GET', url: '/api/v1/standards', path: '/api/v1/standards', expected: everyone(200) },
  { method: 'POST', url: '/api/v1/self-assessment', path: '/api/v1/self-assessment', payload: {}, expected: everyone(400) },
  { method: 'GET', url: '/api/v1/calendar/publicity-window', path: '/api/v1/calendar/publicity-window?start=2026-09-28', expected: everyone(200) },
  { method: 'GET', url: '/api/calendar/years', path: '/api/calendar/years', expected: { ...everyone(403, 401), province: 200 } },
  { method: 'GET', url: '/api/calendar/years/:year', path: '/api/calendar/years/2026', expected: { ...everyone(403, 401), province: 200 } },
  {
    method: 'POST',
    url: '/api/calendar/years',
    path: '/api/calendar/years',
    payload: { year: 2040, holidays: ['2040-01-02'], workdays: [], note: '路由权限测试' },
    expected: { ...everyone(403, 401), province: 201 },
  },
  // Annual calls: 2050 is published in beforeAll and {call} is a 2051 draft; only the province sees drafts.
  { method: 'GET', url: '/api/v1/calls', path: '/api/v1/calls', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/calls/:year', path: '/api/v1/calls/2050', expected: everyone(200) },
  { method: 'GET', url: '/api/calls', path: '/api/calls', expected: { ...CALL_READERS, province: 200 } },
  { method: 'GET', url: '/api/calls/:id', path: '/api/calls/{call}', expected: { ...CALL_READERS_404, province: 200 } },
  { method: 'POST', url: '/api/calls', path: '/api/calls', payload: callContent(2052), expected: { ...everyone(403, 401), province: 201 } },
  { method: 'POST', url: '/api/calls/copy-latest', path: '/api/calls/copy-latest', payload: {}, expected: { ...everyone(403, 401), province: 201 } },
  { method: 'POST', url: '/api/calls/:id', path: '/api/calls/{call}', payload: callContent(2051), expected: { ...everyone(403, 401), province: 200 } },
  { method: 'POST', url: '/api/calls/:id/publish', path: '/api/calls/{call}/publish', payload: {}, expected: { ...everyone(403, 401), province: 200 } },
  // Notifications (F3 item 6): everyone signed in has their own; someone else's or an unknown id is 404.
  { method: 'GET', url: '/api/notifications', path: '/api/notifications', expected: everyone(200, 401) },
  {
    method: 'POST',
    url: '/api/notifications/:id/read',
    path: '/api/notifications/00000000-0000-4000-8000-000000000000/read',
    payload: {},
    expected: everyone(404, 401),
  },
  // Expert pool and expert review (F3 item 4, Art. 7(2)): the pool and groups are the province's; progress and the
  // internal score summary also the auditor's; 我的评审 the expert's own (an unknown or foreign task is 404).
  { method: 'GET', url: '/api/experts', path: '/api/experts', expected: { ...everyone(403, 401), province: 200 } },
  {
    method: 'POST',
    url: '/api/experts',
    path: '/api/experts',
    payload: { name: '矩阵专家', field: '数字化转型', employer: '华南理工大学', cityCode: '440300', termStartsOn: '2026-01-01', termEndsOn: '2028-12-31', username: 'matrix.expert' },
    expected: { ...everyone(403, 401), province: 201 },
  },
  {
    method: 'POST',
    url: '/api/experts/:id/avoidances',
    path: '/api/experts/00000000-0000-4000-8000-000000000000/avoidances',
    payload: { organisationId: '00000000-0000-4000-8000-000000000000', reason: '曾任顾问' },
    expected: { ...everyone(403, 401), province: 404 },
  },
  { method: 'POST', url: '/api/experts/:id/deactivate', path: '/api/experts/00000000-0000-4000-8000-000000000000/deactivate', payload: {}, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/calls/:callId/review-groups', path: '/api/calls/{call}/review-groups', expected: { ...everyone(403, 401), province: 200 } },
  {
    method: 'POST',
    url: '/api/calls/:callId/review-groups',
    path: '/api/calls/{call}/review-groups',
    // {call} is published by the row above; the application does not exist, so the province gets the field error.
    payload: { name: '第一组', expertCount: 3, applicationIds: ['00000000-0000-4000-8000-000000000000'] },
    expected: { ...everyone(403, 401), province: 400 },
  },
  { method: 'POST', url: '/api/review-groups/:id/draw', path: '/api/review-groups/00000000-0000-4000-8000-000000000000/draw', payload: {}, expected: { ...everyone(403, 401), province: 404 } },
  // 补充抽取 after conflicts (fix-helper FA, Art. 7(2)): province only; an unknown group is 404.
  {
    method: 'POST',
    url: '/api/review-groups/:id/draw-more',
    path: '/api/review-groups/00000000-0000-4000-8000-000000000000/draw-more',
    payload: { count: 1 },
    expected: { ...everyone(403, 401), province: 404 },
  },
  { method: 'GET', url: '/api/review-groups/:id/draw/replay', path: '/api/review-groups/00000000-0000-4000-8000-000000000000/draw/replay', expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/review-groups/:id/progress', path: '/api/review-groups/00000000-0000-4000-8000-000000000000/progress', expected: { ...everyone(403, 401), province: 404, auditor: 404 } },
  { method: 'GET', url: '/api/calls/:callId/score-summary', path: '/api/calls/{call}/score-summary', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  { method: 'GET', url: '/api/my-reviews', path: '/api/my-reviews', expected: { ...everyone(403, 401), expert: 200 } },
  {
    method: 'POST',
    url: '/api/my-reviews/:id/declaration',
    path: '/api/my-reviews/00000000-0000-4000-8000-000000000000/declaration',
    payload: { declaration: 'none' },
    expected: { ...everyone(403, 401), expert: 404 },
  },
  { method: 'GET', url: '/api/my-reviews/:id', path: '/api/my-reviews/00000000-0000-4000-8000-000000000000', expected: { ...everyone(403, 401), expert: 404 } },
  {
    method: 'GET',
    url: '/api/my-reviews/:id/files/:fileId',
    path: '/api/my-reviews/00000000-0000-4000-8000-000000000000/files/00000000-0000-4000-8000-000000000000',
    expected: { ...everyone(403, 401), expert: 404 },
  },
  {
    method: 'POST',
    url: '/api/my-reviews/:id/scores',
    path: '/api/my-reviews/00000000-0000-4000-8000-000000000000/scores',
    payload: { scores: {}, comments: {}, isFinal: false },
    expected: { ...everyone(403, 401), expert: 404 },
  },
  // 公示与异议 (F3 item 5, Art. 7(2)): the public reads notices and objects without a session; an unknown notice or
  // receipt is 404 for everyone. Notices and objections in the workspace are the province's and the auditor's to
  // read, the province's alone to act on; {call} was published by a row above with nothing shortlisted → 422.
  { method: 'GET', url: '/api/v1/notices', path: '/api/v1/notices', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/notices/:id', path: `/api/v1/notices/${NO_NOTICE}`, expected: everyone(404) },
  { method: 'GET', url: '/api/v1/notices/:id/document.docx', path: `/api/v1/notices/${NO_NOTICE}/document.docx`, expected: everyone(404) },
  // The notice is looked up before the body is read (fix-helper FB): an unknown one is 404 whatever is sent.
  { method: 'POST', url: '/api/v1/notices/:id/objections', path: `/api/v1/notices/${NO_NOTICE}/objections`, payload: {}, expected: everyone(404) },
  { method: 'POST', url: '/api/v1/objections/:receiptNumber/status', path: '/api/v1/objections/YY-20260928-ABC123/status', payload: { phone: '13800138000' }, expected: everyone(404) },
  { method: 'GET', url: '/api/calls/:id/creation-notices/preview', path: '/api/calls/{call}/creation-notices/preview', expected: { ...everyone(403, 401), province: 422 } },
  { method: 'POST', url: '/api/calls/:id/creation-notices', path: '/api/calls/{call}/creation-notices', payload: {}, expected: { ...everyone(403, 401), province: 422 } },
  { method: 'GET', url: '/api/notices', path: '/api/notices', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  { method: 'GET', url: '/api/notices/:id', path: `/api/notices/${NO_NOTICE}`, expected: { ...everyone(403, 401), province: 404, auditor: 404 } },
  { method: 'GET', url: '/api/notices/:id/objections', path: `/api/notices/${NO_NOTICE}/objections`, expected: { ...everyone(403, 401), province: 404, auditor: 404 } },
  {
    method: 'GET',
    url: '/api/objections/:id/attachments/:index',
    path: `/api/objections/${NO_NOTICE}/attachments/0`,
    expected: { ...everyone(403, 401), province: 404, auditor: 404 },
  },
  {
    method: 'POST',
    url: '/api/objections/:id/decision',
    path: `/api/objections/${NO_NOTICE}/decision`,
    payload: { outcome: 'unfounded', investigation: '路由权限测试的核实情况说明' },
    expected: { ...everyone(403, 401), province: 404 },
  },
  // 评估验收 (F5 item 1, Art. 7(3); ADR 0015): the operator submits, the province starts and decides; drafts are the operator's own.
  { method: 'GET', url: '/api/acceptance', path: '/api/acceptance', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  { method: 'GET', url: '/api/creation-objects/:id/acceptance', path: `/api/creation-objects/${NO_APPLICATION}/acceptance`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'PUT', url: '/api/creation-objects/:id/acceptance/draft', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/draft`, payload: { summary: '路由权限测试', goalReports: [] }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/acceptance/evidence', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/evidence`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/acceptance/evidence/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/evidence/${NO_APPLICATION}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  // The payload only makes the matrix send x-requested-with (CSRF); the handler reads no body.
  { method: 'DELETE', url: '/api/creation-objects/:id/acceptance/evidence/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/evidence/${NO_APPLICATION}`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/acceptance/submit', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/submit`, payload: { lockVersion: 0 }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/acceptance/start', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/start`, payload: { lockVersion: 0 }, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/acceptance/decision', path: `/api/creation-objects/${NO_APPLICATION}/acceptance/decision`, payload: { lockVersion: 0, outcome: 'passed', reason: '路由权限测试' }, expected: { ...everyone(403, 401), province: 404 } },
  // 验收专家意见 (F5 item 1, Art. 7(3); ADR 0015): the province assigns; experts reach only their own assignments.
  { method: 'POST', url: '/api/acceptance-reviews/:reviewId/experts', path: '/api/acceptance-reviews/00000000-0000-4000-8000-000000000000/experts', payload: { expertIds: ['00000000-0000-4000-8000-000000000000'] }, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/my-acceptance-reviews', path: '/api/my-acceptance-reviews', expected: { ...everyone(403, 401), expert: 200 } },
  { method: 'GET', url: '/api/my-acceptance-reviews/:opinionId', path: '/api/my-acceptance-reviews/00000000-0000-4000-8000-000000000000', expected: { ...everyone(403, 401), expert: 404 } },
  { method: 'POST', url: '/api/my-acceptance-reviews/:opinionId/declaration', path: '/api/my-acceptance-reviews/00000000-0000-4000-8000-000000000000/declaration', payload: { declaration: 'none' }, expected: { ...everyone(403, 401), expert: 404 } },
  { method: 'POST', url: '/api/my-acceptance-reviews/:opinionId/opinion', path: '/api/my-acceptance-reviews/00000000-0000-4000-8000-000000000000/opinion', payload: { indicatorJudgements: [], goalJudgements: [], conclusion: 'pass', comment: '同意通过' }, expected: { ...everyone(403, 401), expert: 404 } },
  { method: 'GET', url: '/api/my-acceptance-reviews/:opinionId/evidence/:fileId', path: '/api/my-acceptance-reviews/00000000-0000-4000-8000-000000000000/evidence/00000000-0000-4000-8000-000000000000', expected: { ...everyone(403, 401), expert: 404 } },
  // 重大变化报告 (F5 item 4, Art. 11): the operator reports, the city of the object proposes, the province decides.
  { method: 'GET', url: '/api/creation-objects/:id/change-reports', path: `/api/creation-objects/${NO_APPLICATION}/change-reports`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'POST', url: '/api/creation-objects/:id/change-reports', path: `/api/creation-objects/${NO_APPLICATION}/change-reports`, payload: { lockVersion: 1, kind: 'merger', description: '路由权限测试', occurredOn: '2020-01-01' }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/change-reports/:reportId/proposal', path: `/api/creation-objects/${NO_APPLICATION}/change-reports/${NO_APPLICATION}/proposal`, payload: { lockVersion: 1, proposal: 'retain', reason: '路由权限测试' }, expected: { ...everyone(403, 401), city: 404, 'city.other': 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/change-reports/:reportId/decision', path: `/api/creation-objects/${NO_APPLICATION}/change-reports/${NO_APPLICATION}/decision`, payload: { lockVersion: 1, decision: 'retain', reason: '路由权限测试' }, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/change-reports/:reportId/documents', path: `/api/creation-objects/${NO_APPLICATION}/change-reports/${NO_APPLICATION}/documents`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/change-reports/:reportId/documents/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/change-reports/${NO_APPLICATION}/documents/${NO_APPLICATION}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'POST', url: '/api/creation-objects/:id/integrity-findings/:findingId/evidence', path: `/api/creation-objects/${NO_APPLICATION}/integrity-findings/${NO_APPLICATION}/evidence`, payload: {}, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/integrity-findings/:findingId/evidence/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/integrity-findings/${NO_APPLICATION}/evidence/${NO_APPLICATION}`, expected: { ...everyone(403, 401), province: 404, auditor: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/obligations', path: `/api/creation-objects/${NO_APPLICATION}/obligations`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'POST', url: '/api/creation-objects/:id/obligations', path: `/api/creation-objects/${NO_APPLICATION}/obligations`, payload: { kind: 'government_activity', title: '路由权限测试', organiser: '路由权限测试', heldOn: '2020-01-01', description: '路由权限测试' }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/obligations/:recordId/evidence', path: `/api/creation-objects/${NO_APPLICATION}/obligations/${NO_APPLICATION}/evidence`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/obligations/:recordId/evidence/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/obligations/${NO_APPLICATION}/evidence/${NO_APPLICATION}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'POST', url: '/api/creation-objects/:id/obligations/:recordId/void', path: `/api/creation-objects/${NO_APPLICATION}/obligations/${NO_APPLICATION}/void`, payload: { reason: '路由权限测试' }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/re-review-rounds', path: '/api/re-review-rounds', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  { method: 'POST', url: '/api/re-review-rounds/preview', path: '/api/re-review-rounds/preview', payload: { opensOn: '2030-03-01' }, expected: { ...everyone(403, 401), province: 200 } },
  { method: 'POST', url: '/api/re-review-rounds', path: '/api/re-review-rounds', payload: { year: 2030, opensOn: '2030-03-01', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' }, expected: { ...everyone(403, 401), province: 422 } },
  { method: 'GET', url: '/api/re-reviews', path: '/api/re-reviews', expected: { ...everyone(200, 401), expert: 403, ...ADMINS } },
  { method: 'GET', url: '/api/creation-objects/:id/re-reviews', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'PUT', url: '/api/creation-objects/:id/re-reviews/:reReviewId/report', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/report`, payload: { report: '路由权限测试' }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/re-reviews/:reReviewId/files', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/files`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/files/${NO_APPLICATION}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'DELETE', url: '/api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/files/${NO_APPLICATION}`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/re-reviews/:reReviewId/submit', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/submit`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/re-reviews/:reReviewId/assessment', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/assessment`, payload: { opinion: 'pass', comment: '路由权限测试' }, expected: { ...everyone(403, 401), city: 404, 'city.other': 404 } },
  { method: 'POST', url: '/api/creation-objects/:id/re-reviews/:reReviewId/decision', path: `/api/creation-objects/${NO_APPLICATION}/re-reviews/${NO_APPLICATION}/decision`, payload: { lockVersion: 1, outcome: 'passed', reason: '路由权限测试' }, expected: { ...everyone(403, 401), province: 404 } },
  // Art. 12 (F5 item 5): the province records a listing or verified fraud; the public reads cancellations and revocations.
  { method: 'GET', url: '/api/creation-objects/:id/integrity-findings', path: `/api/creation-objects/${NO_APPLICATION}/integrity-findings`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/integrity-findings',
    path: `/api/creation-objects/${NO_APPLICATION}/integrity-findings`,
    payload: { lockVersion: 1, kind: 'data_fraud', source: '路由权限测试', foundOn: '2020-01-01', reason: '路由权限测试' },
    expected: { ...everyone(403, 401), province: 404 },
  },
  { method: 'GET', url: '/api/v1/revocations', path: '/api/v1/revocations', expected: everyone(200) },
  // 公示认定 (F5 item 2, Art. 7(4)): the public reads 认定公告 without a session; the province publishes, the auditor reads.
  { method: 'GET', url: '/api/v1/announcements', path: '/api/v1/announcements', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/announcements/:id', path: `/api/v1/announcements/${NO_NOTICE}`, expected: everyone(404) },
  { method: 'GET', url: '/api/v1/announcements/:id/document.docx', path: `/api/v1/announcements/${NO_NOTICE}/document.docx`, expected: everyone(404) },
  // 信息数据库 open data and the API description (F6; ADR 0017): public and sessionless; an unknown entry is 404 for everyone.
  { method: 'GET', url: '/api/v1/registry', path: '/api/v1/registry', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/registry.csv', path: '/api/v1/registry.csv', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/registry/:id', path: `/api/v1/registry/${NO_NOTICE}`, expected: everyone(404) },
  { method: 'GET', url: '/api/docs/openapi.json', path: '/api/docs/openapi.json', expected: everyone(200) },
  { method: 'GET', url: '/api/docs', path: '/api/docs', expected: everyone(200) },
  // 国家级名单 (F6 item 2, Art. 9): the province only. A JSON body to the upload is refused as not multipart (400).
  { method: 'POST', url: '/api/national-tier/uploads', path: '/api/national-tier/uploads', payload: {}, expected: { ...everyone(403, 401), province: 400 } },
  { method: 'GET', url: '/api/national-tier/uploads', path: '/api/national-tier/uploads', expected: { ...everyone(403, 401), province: 200 } },
  { method: 'GET', url: '/api/national-tier/uploads/:id', path: `/api/national-tier/uploads/${NO_NOTICE}`, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'POST', url: '/api/national-tier/rows/:rowId/resolution', path: `/api/national-tier/rows/${NO_NOTICE}/resolution`, payload: { action: 'dismiss', reason: '路由权限测试' }, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/national-tier/entries', path: `/api/national-tier/entries?q=${encodeURIComponent('平台')}`, expected: { ...everyone(403, 401), province: 200 } },
  // 单位对外服务电话/网址 (F6 item 1): read like the organisation; edited by its own applicant only.
  { method: 'GET', url: '/api/organisations/:id/public-contact', path: '/api/organisations/{gz}/public-contact', expected: { anonymous: 401, applicant: 404, city: 200, 'city.other': 404, province: 200, expert: 403, auditor: 200, sysadmin: 403, secadmin: 403, auditadmin: 403 } },
  { method: 'PUT', url: '/api/organisations/:id/public-contact', path: '/api/organisations/{gz}/public-contact', payload: { publicPhone: '020-12345678' }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'GET', url: '/api/certification', path: '/api/certification', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  { method: 'POST', url: '/api/certification-notices/preview', path: '/api/certification-notices/preview', payload: {}, expected: { ...everyone(403, 401), province: 422 } },
  { method: 'POST', url: '/api/certification-notices', path: '/api/certification-notices', payload: {}, expected: { ...everyone(403, 401), province: 422 } },
  { method: 'POST', url: '/api/notices/:id/certification-announcement', path: `/api/notices/${NO_NOTICE}/certification-announcement`, payload: {}, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'POST', url: '/api/notices/:id/confirm', path: `/api/notices/${NO_NOTICE}/confirm`, payload: {}, expected: { ...everyone(403, 401), province: 404 } },
  // 申报 (F3 item 2, Art. 7(1)): read by the own organisation, own city, province and auditor; written by the
  // applicant only. The application and ids below do not exist: readers get 404, other roles 403.
  { method: 'GET', url: '/api/applications', path: '/api/applications', expected: { ...everyone(200, 401), expert: 403, ...ADMINS } },
  { method: 'GET', url: '/api/applications/:id', path: `/api/applications/${NO_APPLICATION}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  {
    method: 'GET',
    url: '/api/applications/:id/files/:fileId',
    path: `/api/applications/${NO_APPLICATION}/files/${NO_APPLICATION}`,
    expected: { ...everyone(404, 401), expert: 403, ...ADMINS },
  },
  { method: 'POST', url: '/api/applications', path: '/api/applications', payload: { callId: NO_APPLICATION }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/applications/:id', path: `/api/applications/${NO_APPLICATION}`, payload: { lockVersion: 1, content: {} }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/applications/:id/materials', path: `/api/applications/${NO_APPLICATION}/materials`, payload: {}, expected: { ...everyone(403, 401), applicant: 404 } },
  {
    method: 'POST',
    url: '/api/applications/:id/materials/:materialId/remove',
    path: `/api/applications/${NO_APPLICATION}/materials/${NO_APPLICATION}/remove`,
    payload: {},
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  { method: 'POST', url: '/api/applications/:id/submit', path: `/api/applications/${NO_APPLICATION}/submit`, payload: { lockVersion: 1 }, expected: { ...everyone(403, 401), applicant: 404 } },
  { method: 'POST', url: '/api/applications/:id/withdraw', path: `/api/applications/${NO_APPLICATION}/withdraw`, payload: { lockVersion: 1 }, expected: { ...everyone(403, 401), applicant: 404 } },
  // 地市初审 and 省级审核 (F3 items 3–4, Art. 7(1)(2)): the city acts on its own city's cases, the province on all;
  // the review export is for the province and the auditors. {call} is published by the publish row above; the
  // application ids do not exist, so the roles allowed to act get 404 there.
  { method: 'POST', url: '/api/applications/:id/city-decision', path: `/api/applications/${NO_APPLICATION}/city-decision`, payload: { lockVersion: 1, decision: 'recommend' }, expected: { ...everyone(403, 401), city: 404, 'city.other': 404 } },
  { method: 'GET', url: '/api/city-review/queue', path: '/api/city-review/queue?callId={call}', expected: { ...everyone(403, 401), city: 200, 'city.other': 200 } },
  {
    method: 'POST',
    url: '/api/city-review/recommendations/preview',
    path: '/api/city-review/recommendations/preview',
    payload: { callId: NO_APPLICATION, applicationIds: [NO_APPLICATION] },
    expected: { ...everyone(403, 401), city: 404, 'city.other': 404 },
  },
  {
    method: 'POST',
    url: '/api/city-review/recommendations',
    path: '/api/city-review/recommendations',
    payload: { callId: NO_APPLICATION, items: [{ id: NO_APPLICATION, lockVersion: 1 }] },
    expected: { ...everyone(403, 401), city: 404, 'city.other': 404 },
  },
  { method: 'GET', url: '/api/city-review/export.xlsx', path: '/api/city-review/export.xlsx?callId={call}', expected: { ...everyone(403, 401), city: 200, 'city.other': 200 } },
  { method: 'POST', url: '/api/applications/:id/formal-check', path: `/api/applications/${NO_APPLICATION}/formal-check`, payload: { isPassed: true }, expected: { ...everyone(403, 401), province: 404 } },
  {
    method: 'POST',
    url: '/api/applications/:id/province-decision',
    path: `/api/applications/${NO_APPLICATION}/province-decision`,
    payload: { lockVersion: 1, decision: 'reject', reason: '路由权限测试' },
    expected: { ...everyone(403, 401), province: 404 },
  },
  { method: 'GET', url: '/api/calls/:callId/province-review', path: '/api/calls/{call}/province-review', expected: { ...everyone(403, 401), province: 200 } },
  { method: 'POST', url: '/api/calls/:callId/shortlist/preview', path: '/api/calls/{call}/shortlist/preview', payload: { applicationIds: [NO_APPLICATION] }, expected: { ...everyone(403, 401), province: 200 } },
  { method: 'POST', url: '/api/calls/:callId/shortlist', path: '/api/calls/{call}/shortlist', payload: { items: [{ id: NO_APPLICATION, lockVersion: 1 }] }, expected: { ...everyone(403, 401), province: 404 } },
  { method: 'GET', url: '/api/calls/:callId/review-export.xlsx', path: '/api/calls/{call}/review-export.xlsx', expected: { ...everyone(403, 401), province: 200, auditor: 200 } },
  // 创建期管理 (F4 items 3–4): the list is scoped (everyone who may read creation data gets 200); the creation object
  // does not exist, so the readers get 404 and the others 403.
  { method: 'GET', url: '/api/creation-objects', path: '/api/creation-objects', expected: { ...everyone(200, 401), expert: 403, ...ADMINS } },
  ...['', '/indicators', '/indicators/enterprises', '/indicators/events', '/indicators/divisions', '/indicators/service-items', '/flags'].map(
    (suffix): RouteCase => ({ method: 'GET', url: `/api/creation-objects/:id${suffix}`, path: `/api/creation-objects/${NO_APPLICATION}${suffix}`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } }),
  ),
  // 数据接口密钥 and 半年进展报告 (F4 item 2(b), 5): the creation object does not exist, so the roles allowed get 404.
  { method: 'GET', url: '/api/creation-objects/:id/api-keys', path: `/api/creation-objects/${NO_APPLICATION}/api-keys`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'POST', url: '/api/creation-objects/:id/api-keys', path: `/api/creation-objects/${NO_APPLICATION}/api-keys`, payload: { label: '路由权限测试' }, expected: { ...everyone(403, 401), applicant: 404 } },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/api-keys/:keyId/revoke',
    path: `/api/creation-objects/${NO_APPLICATION}/api-keys/${NO_APPLICATION}/revoke`,
    payload: {},
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  { method: 'GET', url: '/api/creation-objects/:id/progress-reports', path: `/api/creation-objects/${NO_APPLICATION}/progress-reports`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/progress-reports',
    path: `/api/creation-objects/${NO_APPLICATION}/progress-reports`,
    payload: { halfYear: 1, narrative: '路由权限测试', goalProgress: [] },
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/progress-reports/:reportId/city-comment',
    path: `/api/creation-objects/${NO_APPLICATION}/progress-reports/${NO_APPLICATION}/city-comment`,
    payload: { comment: '路由权限测试' },
    expected: { ...everyone(403, 401), city: 404, 'city.other': 404 },
  },
  // The push API takes an API key, never a session: without a key everyone, signed in or not, gets 401.
  { method: 'POST', url: '/api/v1/creation-data/:dataset', path: '/api/v1/creation-data/serviceRecords', payload: { records: [{}] }, expected: everyone(401) },
  { method: 'GET', url: '/api/v1/creation-data/imports/:importId', path: `/api/v1/creation-data/imports/${NO_APPLICATION}`, expected: everyone(401) },
  // 数据维护 (F4 item 2(c)): the creation object does not exist, so readers (and the operator on writes) get 404.
  { method: 'GET', url: '/api/creation-objects/:id/datasets/:dataset/current', path: `/api/creation-objects/${NO_APPLICATION}/datasets/libraryCounts/current`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  { method: 'GET', url: '/api/creation-objects/:id/service-records', path: `/api/creation-objects/${NO_APPLICATION}/service-records`, expected: { ...everyone(404, 401), expert: 403, ...ADMINS } },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/datasets/:dataset/records',
    path: `/api/creation-objects/${NO_APPLICATION}/datasets/libraryCounts/records`,
    payload: { cells: {} },
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/service-records/:recordId/void',
    path: `/api/creation-objects/${NO_APPLICATION}/service-records/1/void`,
    payload: { reason: '路由权限测试' },
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  {
    method: 'POST',
    url: '/api/creation-objects/:id/service-events/:eventId/void',
    path: `/api/creation-objects/${NO_APPLICATION}/service-events/${NO_APPLICATION}/void`,
    payload: { reason: '路由权限测试' },
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  // 数据导入 (F4 item 2(a)): the creation object does not exist, so readers (and the operator on import) get 404.
  ...['/datasets/:dataset/template.xlsx', '/datasets/:dataset/template.csv', '/imports', '/imports/:importId/error-report.xlsx'].map(
    (suffix): RouteCase => ({
      method: 'GET',
      url: `/api/creation-objects/:id${suffix}`,
      path: `/api/creation-objects/${NO_APPLICATION}${suffix.replace(':dataset', 'serviceRecords').replace(':importId', NO_APPLICATION)}`,
      expected: { ...everyone(404, 401), expert: 403, ...ADMINS },
    }),
  ),
  {
    method: 'POST',
    url: '/api/creation-objects/:id/datasets/:dataset/imports',
    path: `/api/creation-objects/${NO_APPLICATION}/datasets/serviceRecords/imports`,
    payload: {},
    expected: { ...everyone(403, 401), applicant: 404 },
  },
  ...ADMIN_ACCOUNTS_CASES,
  ...AUDIT_LOG_CASES,
  ...OVERSIGHT_CASES,
  ...SECOND_FACTOR_CASES,
];

let t: TestApp;
let guangzhouId: string;
let callId: string;
beforeAll(async () => {
  t = await createTestApp();
  guangzhouId = (await createOrganisation(t.database.db, { cityCode: '440100' })).id;
  const headers = { ...JSON_HEADERS, cookie: (await t.signIn('province')).cookie };
  const published = (await t.app.inject({ method: 'POST', url: '/api/calls', headers, payload: callContent(2050) })).json().id;
  await t.app.inject({ method: 'POST', url: `/api/calls/${published}/publish`, headers, payload: {} });
  callId = (await t.app.inject({ method: 'POST', url: '/api/calls', headers, payload: callContent(2051) })).json().id;
});
afterAll(async () => t.close());

async function cookieFor(principal: Principal): Promise<string | undefined> {
  if (principal === 'anonymous') return undefined;
  if (principal === 'city.other') return (await t.signIn('city', { cityCode: '440300' })).cookie;
  return (await t.signIn(principal, principal === 'city' ? { cityCode: '440100' } : {})).cookie;
}

describe('route × role matrix', () => {
  it('has a row for every registered route', () => {
    const declared = CASES.map((c) => `${c.method} ${c.url}`).sort();
    const registered = t.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(declared);
  });

  for (const route of CASES) {
    it.each(PRINCIPALS)(`${route.method} ${route.path} as %s`, async (principal) => {
      const cookie = await cookieFor(principal);
      const response = await t.app.inject({
        method: route.method as 'GET' | 'POST' | 'PUT' | 'DELETE',
        url: route.path.replace('{gz}', guangzhouId).replace('{call}', callId),
        headers: { ...(route.payload ? JSON_HEADERS : {}), ...(cookie ? { cookie } : {}) },
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(response.statusCode, response.body).toBe(route.expected[principal]);
      if (response.statusCode >= 400) expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
    });
  }
});

