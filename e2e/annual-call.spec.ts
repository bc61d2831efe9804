// Journey: the province starts the 2027 annual call (年度创建工作通知, Art. 7(1)) from the published 2026 call,
// changes the quota and 广州's recommendation cap, sees the diff against 2026, publishes; the public page on a
// 375 px phone then shows the 2027 call.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };

const CALL_2026 = {
  year: 2026,
  title: '关于开展2026年度广东省中小企业公共服务示范平台（基地）创建工作的通知',
  text: '各地级以上市中小企业主管部门：\n为贯彻落实《广东省中小企业公共服务示范平台（基地）创建管理办法》，现就2026年度创建工作通知如下。\n申请创建不收取任何费用。',
  creationQuota: 30,
  cityCaps: { '440100': 5, '440300': 5 },
  opensOn: '2026-03-02',
  closesOn: '2026-04-30',
  cityReviewDeadline: '2026-05-29',
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
};

// The demo seed has no call; the test publishes 2026 through the API as the province would.
async function publish2026(): Promise<void> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username: 'province', password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${baseUrl()}/api/calls`, { method: 'POST', headers: { ...HEADERS, cookie }, body: JSON.stringify(CALL_2026) });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await fetch(`${baseUrl()}/api/calls/${id}/publish`, { method: 'POST', headers: { ...HEADERS, cookie }, body: '{}' });
  expect(published.status).toBe(200);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await publish2026();
});
afterAll(async () => browser?.close());

describe('年度创建工作通知', () => {
  it('the province copies 2026 into 2027, edits it, sees the diff and publishes', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '年度创建通知' }).click();
    await page.waitForURL(/\/workspace\/calls$/);
    await expect.poll(() => page.getByRole('link', { name: '2026年度' }).isVisible()).toBe(true);
    await screenshot(page, 'calls-list-desktop');

    await page.getByRole('button', { name: '以上年度通知为基础新建' }).click();
    await page.waitForURL(/\/workspace\/calls\/[0-9a-f-]{36}$/);
    const diff = page.getByRole('region', { name: '与上年通知相比的变化' });
    await expect.poll(() => diff.getByText('与2026年度通知相比的变化（6项）').isVisible()).toBe(true);
    expect(await page.getByLabel('申报截止日期').inputValue()).toBe('2027-04-30');

    await page.getByLabel('年度创建数量').fill('35');
    await page.getByLabel('广州市推荐名额').fill('6');
    await page.getByLabel('佛山市推荐名额').fill('3');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => diff.getByText('与2026年度通知相比的变化（9项）').isVisible()).toBe(true);
    const row = (label: string) => diff.getByRole('row').filter({ hasText: label }).innerText();
    await expect.poll(() => row('年度创建数量')).toMatch(/年度创建数量\s+30\s+35/);
    await expect.poll(() => row('推荐名额（广州市）')).toMatch(/5\s+6/);
    await expect.poll(() => row('推荐名额（佛山市）')).toMatch(/—\s+3/);
    await expect.poll(() => row('通知正文')).toMatch(/2027年度/);
    await screenshot(page, 'calls-draft-diff-desktop');

    // The weights must add up to 100: the live sum shows it, and the form refuses to save otherwise.
    await page.getByLabel('保障协同').fill('11');
    await expect.poll(() => page.getByLabel('权重合计').innerText()).toBe('101');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '各评审要点权重之和应为100，当前为101' }).isVisible()).toBe(true);
    await page.getByLabel('保障协同').fill('10');

    await page.getByRole('button', { name: '发布通知' }).click();
    await expect.poll(() => page.locator('.ant-modal-confirm-title').innerText()).toBe('发布2027年度创建工作通知？');
    await page.getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => page.getByText('已发布', { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('各地市推荐名额').isVisible()).toBe(true);
    await screenshot(page, 'calls-published-desktop');
    await page.context().close();
  });

  it('the public page on a 375 px phone lists and shows the 2027 call', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/');
    await page.getByRole('link', { name: '年度通知' }).first().click();
    await page.waitForURL(/\/calls$/);
    await expect.poll(() => page.getByRole('link', { name: '2027年度创建工作通知' }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'calls-public-list-phone');

    await page.getByRole('link', { name: '2027年度创建工作通知' }).click();
    await page.waitForURL(/\/calls\/2027$/);
    await expect.poll(() => page.getByText('35个').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('row').filter({ hasText: '广州市' }).innerText()).toMatch(/6/);
    await expect.poll(() => page.getByRole('link', { name: 'guangdong-2025-v1' }).getAttribute('href')).toBe('/standards');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'calls-public-detail-phone');
    await page.context().close();
  });

  it('the draft editor is usable on a 375 px phone', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'province');
    await page.goto('/workspace/calls');
    await expect.poll(() => page.getByRole('link', { name: '查看2027年度通知' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '以上年度通知为基础新建' }).click();
    await page.waitForURL(/\/workspace\/calls\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('与2027年度通知相比的变化（6项）').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'calls-draft-phone');
    await page.context().close();
  });
});
