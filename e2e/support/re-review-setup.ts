// Set-up and steps of the re-review journey (e2e/re-review.spec.ts; Art. 10, ADR 0016). A 拟认定对象 of a 广州
// operator is written into the database before its own server starts (seeded-server.ts), with the operator's
// account; the province then certifies it through the HTTP API as the real role would — 拟认定公示 on Monday
// 2026-11-02, 认定公告 on Monday 2026-11-09 — so its next re-review falls due on 2028-11-09. The steps a person takes
// on the 复核 pages are written once here.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createCertificationShortlist } from '../../src/db/testing/certification-builders';
import { createUser } from '../../src/db/testing/builders';
import { hashPassword } from '../../src/server/auth/passwords';
import { EVIDENCE_PDF } from './acceptance-setup';
import { DEMO_PASSWORD } from './browser';
import { confirmWith } from './forms';
import { startSeededServer, type SeededServer } from './seeded-server';
import { typeDate } from './wizard-steps';
import { seeText } from './whole-path-steps';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
export const OPERATOR_USERNAME = 'gz.rereview';

export interface CertifiedPlatform {
  objectId: string;
  name: string;
  organisationName: string;
}

async function logInOver(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(response.status, await response.clone().text()).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function postOver<T>(baseUrl: string, cookie: string, path: string, body: unknown, expected: number): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { ...HEADERS, cookie }, body: JSON.stringify(body) });
  const text = await response.text();
  expect(response.status, `POST ${path}: ${text}`).toBe(expected);
  return JSON.parse(text) as T;
}

/** A server of its own holding one 广州 platform certified on 2026-11-09 (re-review due 2028-11-09); its clock then. */
export async function startCertifiedPlatformServer(name: string, organisationName: string): Promise<SeededServer<CertifiedPlatform>> {
  const server = await startSeededServer(new Date('2026-11-02T01:00:00Z'), async (db) => {
    const { applications } = await createCertificationShortlist(db, 2023, [{ cityCode: '440100', name, organisationName }]);
    const application = applications[0];
    if (!application) throw new Error('no shortlisted application');
    await createUser(db, { role: 'applicant', passwordHash: await hashPassword(DEMO_PASSWORD), organisationId: application.organisationId, username: OPERATOR_USERNAME });
    return { objectId: application.id, name, organisationName };
  });
  const province = await logInOver(server.baseUrl, 'province');
  const notice = await postOver<{ id: string }>(server.baseUrl, province, '/api/certification-notices', {}, 201);
  server.setTime('2026-11-09T09:00');
  // A week later the session has expired: the province signs in again.
  await postOver(server.baseUrl, await logInOver(server.baseUrl, 'province'), `/api/notices/${notice.id}/certification-announcement`, {}, 201);
  return server;
}

/** On 复核管理 → 安排复核: the year, the title, the three days; the preview lists `expectName`; then confirm. */
export async function scheduleRoundInUi(
  page: Page,
  round: { year: number; title: string; opensOn: string; reportDueOn: string; cityDueOn: string },
  expectName: string,
): Promise<void> {
  const form = page.getByRole('form', { name: '安排复核' });
  await form.getByLabel('复核年度').fill(String(round.year));
  await form.getByLabel('复核批次名称').fill(round.title);
  await typeDate(page, '复核开始日期', round.opensOn);
  await typeDate(page, '报告截止日期', round.reportDueOn);
  await typeDate(page, '地市评估截止日期', round.cityDueOn);
  await expect.poll(() => form.getByRole('region', { name: '纳入本批复核的平台（基地）' }).innerText()).toMatch(new RegExp(`${round.opensOn}开始将纳入1个平台（基地）[\\s\\S]*${expectName}`));
}

/**
 * 安排复核 → 确认安排; then the round's row says 已开始. The row, not the 3-second toast, is what is waited for: on
 * two busy cores a poll can miss the toast. A refusal shown on the form fails the step with its own words.
 */
export async function confirmRound(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: '安排复核' });
  await form.getByRole('button', { name: '安排复核' }).click();
  await page.getByRole('button', { name: '确认安排' }).click();
  const rounds = page.locator('[aria-label="复核批次列表"]').first();
  await expect
    .poll(async () => {
      const refusal = form.getByRole('alert');
      if (await refusal.isVisible().catch(() => false)) return `refused: ${await refusal.innerText()}`;
      const text = await rounds.innerText().catch(() => '');
      return text.includes(title) && /已开始/.test(text.slice(text.indexOf(title))) ? 'opened' : 'waiting';
    })
    .toBe('opened');
}

/** On the tab 复核: the report, one PDF, then 提交 after the confirmation. */
export async function submitReportInUi(page: Page, report: string, fileName: string): Promise<void> {
  const form = page.getByRole('form', { name: '运行和服务情况报告' });
  await form.getByLabel('运行和服务情况报告').fill(report);
  await form.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
  await expect.poll(() => form.getByRole('list', { name: '报告附件' }).innerText()).toContain(fileName);
  await form.getByRole('button', { name: '提交', exact: true }).click();
  await confirmWith(page, '确定提交');
  await seeText(page, '运行和服务情况报告已提交');
}

/** The city's 地市评估意见 on the tab 复核: 达标 or 不达标 with its 说明, confirmed. */
export async function assessInUi(page: Page, opinion: '达标' | '不达标', comment: string): Promise<void> {
  const form = page.getByRole('form', { name: '地市评估意见' });
  await form.getByLabel(opinion, { exact: true }).check();
  await form.getByLabel('说明').fill(comment);
  await form.getByRole('button', { name: '提交评估意见' }).click();
  await confirmWith(page, '确认提交');
  await seeText(page, '地市评估意见已提交，报省工业和信息化厅');
}

/** The province's 复核结论 不达标 with its reason; the confirmation must say what the fail does. */
export async function failInUi(page: Page, reason: string, consequence: string, screenshotOf?: () => Promise<void>): Promise<void> {
  const form = page.getByRole('form', { name: '省级复核结论' });
  await form.getByLabel('不达标', { exact: true }).check();
  await form.getByLabel('理由').fill(reason);
  await form.getByRole('button', { name: '提交复核结论' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.innerText()).toContain(consequence);
  await screenshotOf?.();
  await confirmWith(page, /^确认不达标/);
  await seeText(page, '复核结论已作出');
}
