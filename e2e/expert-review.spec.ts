// Journey (Art. 7(2) 组织专家评审; Attachment 3): a 广州 application goes through the real flow (the applicant
// submits, 广州 recommends); the province adds three experts (one from 广州, to be avoided), puts the application
// in a review group and draws two experts; a drawn expert logs in with the one-time password, changes it,
// declares no conflict, scores the six criteria; the province sees the progress and the internal summary.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { buildApplicationContent } from '../src/db/testing/application-builders';
import { resetServerTime, setServerTime } from './support/clock';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
const SUFFIX = Date.now().toString(36);
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const MATERIALS = ['applicationForm', 'licence', 'auditReport', 'serviceEvidence', 'resourceAgreements', 'authenticityDeclaration'];

async function session(username: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function call<T>(cookie: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${baseUrl()}${path}`, { method, headers: { ...HEADERS, cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, json: (await response.json()) as T };
}

/** A call whose window contains today, in a year no other journey uses; then a 广州 application recommended. */
async function recommendedApplication(): Promise<{ year: number; name: string }> {
  const province = await session('province');
  // Below 2026: annual-call.spec.ts copies the latest published call and expects it to be its own 2026.
  let year = 2021;
  for (; ; year -= 1) {
    const draft = await call<{ id: string }>(province, 'POST', '/api/calls', {
      year,
      title: `${year}年度创建工作通知（专家评审测试）`,
      text: '申请创建不收取任何费用。',
      creationQuota: 10,
      cityCaps: {},
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      cityReviewDeadline: '2027-01-29',
      standardVersion: 'guangdong-2025-v1',
      criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
      maxScore: 10,
    });
    expect(draft.status).toBe(201);
    if ((await call(province, 'POST', `/api/calls/${draft.json.id}/publish`, {})).status === 200) break;
  }
  const callId = (await call<{ items: { id: string; year: number }[] }>(province, 'GET', '/api/calls')).json.items.find((c) => c.year === year)?.id as string;
  const applicant = await session('applicant');
  const created = await call<{ id: string; lockVersion: number }>(applicant, 'POST', '/api/applications', { callId });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const name = `广州中小企业综合服务平台${SUFFIX}`;
  const saved = await call<{ lockVersion: number }>(applicant, 'POST', `/api/applications/${created.json.id}`, { lockVersion: created.json.lockVersion, content: buildApplicationContent({ name, hasPublicServiceMandate: true }) });
  expect(saved.status, JSON.stringify(saved.json)).toBe(200);
  for (const kind of MATERIALS) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), `${kind}.pdf`);
    const uploaded = await fetch(`${baseUrl()}/api/applications/${created.json.id}/materials`, { method: 'POST', headers: { cookie: applicant, 'x-requested-with': 'shifan' }, body: form });
    expect(uploaded.status).toBe(201);
  }
  const detail = await call<{ lockVersion: number }>(applicant, 'GET', `/api/applications/${created.json.id}`);
  const submitted = await call<{ lockVersion: number }>(applicant, 'POST', `/api/applications/${created.json.id}/submit`, { lockVersion: detail.json.lockVersion });
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
  const city = await session('city.gz');
  const decided = await call(city, 'POST', `/api/applications/${created.json.id}/city-decision`, { lockVersion: submitted.json.lockVersion, decision: 'recommend' });
  expect(decided.status, JSON.stringify(decided.json)).toBe(200);
  return { year, name };
}


const EXPERTS = [
  { name: `佛山专家${SUFFIX}`, city: '佛山市', username: `fs${SUFFIX}` },
  { name: `深圳专家${SUFFIX}`, city: '深圳市', username: `sz${SUFFIX}` },
  { name: `广州专家${SUFFIX}`, city: '广州市', username: `gz${SUFFIX}` },
];

async function pickDate(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label).click();
  await page.getByLabel(label).fill(value);
  await page.keyboard.press('Enter');
}

let browser: Browser;
let application: { year: number; name: string };
const passwords: Record<string, string> = {};
let drawn: (typeof EXPERTS)[number] | undefined;
beforeAll(async () => {
  // Inside the test call's application window and the experts' terms, whatever the real date.
  setServerTime('2026-11-28T10:00');
  browser = await launchBrowser();
  application = await recommendedApplication();
});
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

describe('专家评审', () => {
  it('the province adds three experts, each with a one-time password', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '评审专家库' }).click();
    await page.waitForURL(/\/workspace\/experts$/);
    for (const expert of EXPERTS) {
      await page.getByRole('button', { name: '添加专家' }).click();
      const dialog = page.getByRole('dialog', { name: '添加评审专家' });
      await dialog.getByLabel('姓名').fill(expert.name);
      await dialog.getByLabel('专业领域').fill('数字化转型');
      await dialog.getByLabel('工作单位', { exact: true }).fill('华南某大学');
      await dialog.getByLabel('所在地市').click();
      await page.keyboard.type(expert.city);
      await page.keyboard.press('Enter');
      await pickDate(page, '聘期开始日期', '2026-01-01');
      await pickDate(page, '聘期结束日期', '2028-12-31');
      await dialog.getByLabel('登录用户名').fill(expert.username);
      await dialog.getByRole('button', { name: /添\s*加/ }).click();
      const done = page.getByRole('dialog', { name: '专家账号已开通' });
      await expect.poll(() => done.isVisible()).toBe(true);
      passwords[expert.name] = ((await done.getByTestId('initial-password').textContent()) ?? '').trim();
      if (expert === EXPERTS[0]) await screenshot(page, 'experts-password-once-desktop');
      await done.getByRole('button', { name: '我已记下' }).click();
    }
    await expect.poll(() => page.getByRole('cell', { name: EXPERTS[2]?.name }).isVisible()).toBe(true);
    await screenshot(page, 'experts-list-desktop');
    expect(Object.values(passwords).every((p) => p.length === 16)).toBe(true);
    await page.context().close();
  });

  it('the province groups the recommended application and draws two experts, avoiding the 广州 one', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.getByLabel('年度通知').click();
    await page.locator(`.ant-select-item-option[title="${application.year}年度"]`).click();
    await page.getByRole('checkbox', { name: new RegExp(application.name) }).check();
    await page.getByLabel('抽取专家人数').fill('2');
    await page.getByRole('button', { name: '建立评审组' }).click();
    await page.getByRole('button', { name: /抽取专家（2名）/ }).click();
    await expect.poll(() => page.getByTestId('draw-seed').isVisible()).toBe(true);
    expect(await page.getByTestId('draw-seed').textContent()).toMatch(/[0-9a-f]{32}/);
    await expect.poll(() => page.getByText(`${EXPERTS[2]?.name}：与申报单位同一地市`).isVisible()).toBe(true);
    for (const expert of EXPERTS) if (!drawn && (await page.getByText(new RegExp(`^${expert.name}（`)).count()) > 0) drawn = expert;
    expect(drawn?.city).not.toBe('广州市');
    await page.getByRole('button', { name: '核验抽取结果' }).click();
    await expect.poll(() => page.getByText('按记录的随机种子重新计算，抽取结果一致').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('0/2').isVisible()).toBe(true);
    await screenshot(page, 'expert-review-drawn-desktop');
    await page.context().close();
  });

  it('a drawn expert changes the password, declares, then scores the six criteria', async () => {
    const expert = drawn as (typeof EXPERTS)[number];
    const page = await openPage(browser, PHONE);
    await logIn(page, expert.username, passwords[expert.name]);
    await page.waitForURL(/\/workspace\/password$/);
    await page.getByLabel('当前密码').fill(passwords[expert.name] as string);
    await page.getByLabel('新密码', { exact: true }).fill('Review#Expert2026');
    await page.getByLabel('确认新密码').fill('Review#Expert2026');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.waitForURL(/\/workspace$/);
    await page.goto('/workspace/my-reviews');
    await page.getByRole('link', { name: application.name }).click();
    await expect.poll(() => page.getByRole('button', { name: '声明无利害关系' }).isVisible()).toBe(true);
    expect(await page.getByText('创建目标').count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'my-review-declaration-phone');
    await page.getByRole('button', { name: '声明无利害关系' }).click();

    const scores = { 创建内容: 8, 创新特色: 7, 示范引领: 9, 实施路径: 6, 预期导向: 10, 保障协同: 5 };
    for (const [criterion, score] of Object.entries(scores)) await page.getByLabel(`${criterion}得分`).fill(String(score));
    await page.getByLabel('创新特色评审意见').fill('两条做法具有特色。');
    await page.getByRole('button', { name: /暂\s*存/ }).click();
    await expect.poll(() => page.getByText('已暂存').isVisible()).toBe(true);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('button', { name: /提\s*交/ }).last().click();
    await expect.poll(() => page.getByText('请填写总体评审意见').isVisible()).toBe(true);
    await page.getByLabel('总体评审意见').fill('方案总体可行，目标可考核。');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('button', { name: /提\s*交/ }).last().click();
    await expect.poll(() => page.getByText('评分（已提交，总分 77）').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'my-review-submitted-phone');
    await page.getByLabel('总体评审意见').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/my-review-submitted-phone-viewport.png', animations: 'disabled' });
    await page.context().close();
  });

  it('the province sees the progress and the internal summary, on desktop and phone', async () => {
    for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await openPage(browser, viewport);
      await logIn(page, 'province');
      await page.goto('/workspace/expert-review');
      await page.getByLabel('年度通知').click();
      await page.locator(`.ant-select-item-option[title="${application.year}年度"]`).click();
      const progress = page.getByRole('region', { name: '评审进度' });
      await expect.poll(() => progress.getByText('已提交').count()).toBe(1);
      expect(await progress.getByText('未声明').count()).toBe(1);
      const summary = page.getByRole('region', { name: '评审汇总' });
      await expect.poll(() => summary.getByText('1/2').isVisible()).toBe(true);
      expect(await summary.getByText('77.00').isVisible()).toBe(true);
      expect(await summary.getByRole('columnheader', { name: /排名|名次/ }).count()).toBe(0);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `expert-review-summary-${label}`);
      await page.context().close();
    }
  });

  it('the province can ask for a supplementary draw (补充抽取); the seed is never typed in', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto('/workspace/expert-review');
    await page.getByLabel('年度通知').click();
    await page.locator(`.ant-select-item-option[title="${application.year}年度"]`).click();
    await expect.poll(() => page.getByRole('button', { name: '补充抽取' }).isVisible()).toBe(true);
    expect(await page.getByLabel('随机种子').count()).toBe(0);
    // More than the pool can give: refused with the numbers, nothing drawn (the summary above stays as it is).
    await page.getByLabel('补充抽取人数').fill('50');
    await page.getByRole('button', { name: '补充抽取' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '少于需要抽取的50名' }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'expert-review-draw-more-refused-desktop');
    await page.context().close();
  });
});
