// Journey (Art. 7(2), Art. 8, DESIGN §3): two applications of the 2025 call reach 拟创建对象 through the real APIs;
// the province publishes the notice on Monday 2025-06-02 (a Dragon Boat holiday, so the 5 working days run
// 06-03 … 06-09); a member of the public on a 375 px phone objects to one entry with a PDF and gets a receipt;
// the province finds the objection true (→ withdrawn, reason public) and, once the window is over, confirms the
// other entry (→ 创建期 to 2027-06-10). The objector checks the handling on the phone and later on a desktop; the
// phone travels only in the status POST's body, never in a URL the page requests or shows (ADR 0023).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplicationContent } from '../src/db/testing/application-builders';
import { MATERIAL_KINDS } from '../src/domain/applications/application-content';
import { DESKTOP, DEMO_PASSWORD, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { reviewByOneExpert } from './support/review-setup';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const CALL_2025 = {
  year: 2025,
  title: '关于开展2025年度广东省中小企业公共服务示范平台（基地）创建工作的通知',
  text: '各地级以上市中小企业主管部门：\n现就2025年度创建工作通知如下。申请创建不收取任何费用。',
  creationQuota: 30,
  cityCaps: {},
  opensOn: '2025-03-03',
  closesOn: '2025-04-30',
  cityReviewDeadline: '2025-05-30',
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
};
const NAMES = ['广州市中小企业数字化综合服务平台', '广州市专精特新企业培育服务平台'];

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function call<T>(cookie: string, method: 'GET' | 'POST', path: string, body?: object, expected = method === 'GET' ? 200 : [200, 201]): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { method, headers: { ...HEADERS, cookie }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  expect([expected].flat(), `${method} ${path}: ${text}`).toContain(response.status);
  return JSON.parse(text) as T;
}

const lockVersionOf = async (cookie: string, id: string) => (await call<{ lockVersion: number }>(cookie, 'GET', `/api/applications/${id}`)).lockVersion;

/** The steps before 公示, by the people who take them (Art. 7(1)(2)): apply, recommend, formal check, expert review, shortlist. */
async function twoShortlistedApplications(): Promise<string[]> {
  setServerTime('2025-04-10T10:00');
  const province = await signIn('province');
  const { id: callId } = await call<{ id: string }>(province, 'POST', '/api/calls', CALL_2025);
  await call(province, 'POST', `/api/calls/${callId}/publish`, {});
  const applicant = await signIn('applicant');
  const ids: string[] = [];
  for (const name of NAMES) {
    const { id, lockVersion } = await call<{ id: string; lockVersion: number }>(applicant, 'POST', '/api/applications', { callId });
    await call(applicant, 'POST', `/api/applications/${id}`, { lockVersion, content: buildApplicationContent({ name }) });
    for (const kind of MATERIAL_KINDS.filter((k) => k !== 'qualifications')) {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), `${kind}.pdf`);
      const uploaded = await fetch(`${baseUrl()}/api/applications/${id}/materials`, { method: 'POST', headers: { cookie: applicant, 'x-requested-with': 'shifan' }, body: form });
      expect(uploaded.status, await uploaded.text()).toBe(201);
    }
    await call(applicant, 'POST', `/api/applications/${id}/submit`, { lockVersion: await lockVersionOf(applicant, id) });
    ids.push(id);
  }
  const city = await signIn('city.gz');
  const cityItems = await Promise.all(ids.map(async (id) => ({ id, lockVersion: await lockVersionOf(city, id) })));
  await call(city, 'POST', '/api/city-review/recommendations', { callId, items: cityItems });
  setServerTime('2025-05-20T10:00');
  const officer = await signIn('province');
  for (const id of ids) await call(officer, 'POST', `/api/applications/${id}/formal-check`, { isPassed: true });
  await reviewByOneExpert(callId, ids, '2025-05-20');
  const items = await Promise.all(ids.map(async (id) => ({ id, lockVersion: await lockVersionOf(officer, id) })));
  await call(officer, 'POST', `/api/calls/${callId}/shortlist`, { items });
  return ids;
}

let browser: Browser;
let noticeUrl = '';
let objectionReceipt = '';
beforeAll(async () => {
  browser = await launchBrowser();
  await twoShortlistedApplications();
}, 120_000);
afterAll(async () => {
  resetServerTime();
  await browser.close();
});

const OBJECTOR_PHONE = '13912345678';

/** Every request the page makes from now on (ADR 0023: the objector's phone must be in none of their URLs). */
function recordRequests(page: Page): { method: string; url: string; body: string }[] {
  const requests: { method: string; url: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' }));
  return requests;
}

/** The phone went in the status POST's body, and in no URL the page requested or showed. */
function expectPhoneInNoUrl(page: Page, requests: { method: string; url: string; body: string }[]): void {
  const statusChecks = requests.filter((r) => /\/api\/v1\/objections\/[^/]+\/status$/.test(r.url));
  expect(statusChecks.length).toBeGreaterThan(0);
  for (const check of statusChecks) expect([check.method, JSON.parse(check.body)]).toEqual(['POST', { phone: OBJECTOR_PHONE }]);
  expect(requests.filter((r) => decodeURIComponent(r.url).includes(OBJECTOR_PHONE)).map((r) => r.url)).toEqual([]);
  expect(page.url()).not.toContain(OBJECTOR_PHONE);
}

async function provincePage(): Promise<Page> {
  const page = await openPage(browser, DESKTOP);
  await logIn(page, 'province');
  return page;
}

describe('公示 and objections', () => {
  it('the province previews the entries and the window, then publishes', async () => {
    setServerTime('2025-06-02T09:30');
    const page = await provincePage();
    await page.getByRole('menuitem', { name: '公示与异议' }).click();
    await page.getByRole('link', { name: '发布拟创建对象公示' }).click();
    await page.getByLabel('年度创建工作通知').click();
    await page.getByTitle(/^2025年度/).click();
    await expect.poll(() => page.getByText('2025-06-03 至 2025-06-09（5个工作日）').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(NAMES[0] ?? '').isVisible()).toBe(true);
    expect(await page.getByText(/评分|得分|排名/).count()).toBe(0);
    await screenshot(page, 'notice-preview-desktop');
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.waitForURL(/\/workspace\/notices\/[0-9a-f-]{36}$/);
    noticeUrl = new URL(page.url()).pathname.replace('/workspace', '');
    await expect.poll(() => page.getByText('期满后方可确定创建对象', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '确认创建对象' }).isDisabled()).toBe(true);
    await screenshot(page, 'notice-published-desktop');
    await page.context().close();
  });

  it('a member of the public objects on a phone, with a PDF, and gets a receipt to check it by', async () => {
    setServerTime('2025-06-05T20:00');
    const page = await openPage(browser, PHONE);
    await page.goto('/');
    await page.getByRole('link', { name: '公示公告' }).click();
    await page.getByText('2025年度广东省中小企业公共服务示范平台（基地）拟创建对象公示').click();
    await expect.poll(() => page.getByText('2025-06-03 至 2025-06-09（5个工作日，截至2025-06-09 24时）').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /下载公示文件/ }).getAttribute('href')).toMatch(/document\.docx$/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'notice-public-phone');
    await page.getByLabel('异议对象').selectOption({ label: NAMES[0] ?? '' });
    await page.getByLabel('异议事实和理由').fill('该平台申报的年度服务企业数量中有大量重复统计的企业，与实际服务情况不符。');
    await page.locator('input[type=file]').setInputFiles({ name: '重复统计名单.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel('真实姓名').fill('王小明');
    await page.getByLabel('联系电话').fill(OBJECTOR_PHONE);
    await page.getByRole('button', { name: '提交异议' }).click();
    const receipt = page.getByTestId('receipt-number');
    await expect.poll(() => receipt.isVisible()).toBe(true);
    const receiptNumber = (await receipt.textContent())?.trim() ?? '';
    expect(receiptNumber).toMatch(/^YY-20250605-[0-9A-Z]{6}$/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'objection-receipt-phone');

    objectionReceipt = receiptNumber;

    const requests = recordRequests(page);
    await page.getByRole('link', { name: '查询处理情况' }).click();
    await page.getByLabel('回执号').fill(receiptNumber);
    await page.getByLabel('提交异议时填写的联系电话').fill(OBJECTOR_PHONE);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.getByText('待核实').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'objection-status-phone');
    expectPhoneInNoUrl(page, requests);
    await page.context().close();
  });

  it('the province finds the objection true for one entry and, after the window, confirms the other', async () => {
    setServerTime('2025-06-06T10:00');
    let page = await provincePage();
    await page.goto(`/workspace${noticeUrl}`);
    await expect.poll(() => page.getByText('王小明', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('link', { name: '重复统计名单.pdf' }).isVisible();
    await page.getByRole('button', { name: '提交核实结论' }).click();
    await expect.poll(() => page.getByText('请选择核实结论（属实或不属实）').isVisible()).toBe(true);
    await page.getByLabel('属实（不予确定）').check();
    await page.getByLabel('核实情况').fill('经核实，该平台年度服务企业名单中有312家重复统计，异议属实，不予确定为创建对象。');
    // An upheld finding is published as the reason: the officer is told not to name the objector.
    expect(await page.getByText('不得写入异议人姓名', { exact: false }).isVisible()).toBe(true);
    await screenshot(page, 'notice-objection-decision-form-desktop');
    await page.getByRole('button', { name: '提交核实结论' }).click();
    await expect.poll(() => page.getByText('异议属实，不予确定').first().isVisible()).toBe(true);
    await screenshot(page, 'notice-objection-upheld-desktop');
    await page.context().close();

    setServerTime('2025-06-10T09:00');
    page = await provincePage();
    await page.goto(`/workspace${noticeUrl}`);
    const confirm = page.getByRole('button', { name: '确认创建对象' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await expect.poll(() => page.getByText(`${NAMES[1]}：创建期至2027-06-10`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('创建期至2027-06-10').first().isVisible()).toBe(true);
    await screenshot(page, 'notice-confirmed-desktop');
    await page.context().close();

    const phone = await openPage(browser, PHONE);
    await logIn(phone, 'province');
    await phone.goto(`/workspace${noticeUrl}`);
    await expect.poll(() => phone.getByText('创建期至2027-06-10').first().isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'notice-confirmed-phone');
    await phone.context().close();
  });

  it('the public notice shows the outcome of each entry, the upheld reason included, and no objector', async () => {
    const page = await openPage(browser, DESKTOP);
    await page.goto(noticeUrl);
    await expect.poll(() => page.getByText('已确定为创建对象').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/重复统计，异议属实/).isVisible()).toBe(true);
    expect(await page.getByText('王小明').count()).toBe(0);
    await expect.poll(() => page.getByText('当前不在受理期内', { exact: false }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'notice-outcomes-desktop');
    await page.context().close();
  });

  it('the objector reads the finding on a desktop; a wrong phone is told nothing more than an unknown receipt', async () => {
    const page = await openPage(browser, DESKTOP);
    const requests = recordRequests(page);
    await page.goto('/notices/objection-status');
    await page.getByLabel('回执号').fill(objectionReceipt);
    await page.getByLabel('提交异议时填写的联系电话').fill('13912345679');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.getByText('未查到该异议：请核对回执号和联系电话。').isVisible()).toBe(true);
    await page.getByLabel('提交异议时填写的联系电话').fill(OBJECTOR_PHONE);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.getByText('异议属实', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/重复统计，异议属实/).isVisible()).toBe(true);
    expect(await page.getByText('未查到该异议', { exact: false }).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'objection-status-desktop');
    expectPhoneInNoUrl(page, requests.filter((r) => !r.body.includes('13912345679')));
    expect(requests.filter((r) => r.url.includes('13912345679'))).toEqual([]);
    await page.context().close();
  });
});
