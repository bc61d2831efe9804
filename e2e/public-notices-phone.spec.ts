// Journey (F6 item 4; Art. 7(2)(4), Art. 8): the 公示公告 page on a 375 px phone. Two 拟认定对象 are written into the
// database; the province publishes the 拟认定公示 on Monday 2026-09-28 (5 working days over the National Day holiday:
// to 2026-10-09). While it is open a member of the public finds it under 公示中, files an objection with a PDF and
// gets the receipt number; after the window (the objection answered, the 认定公告 published on 2026-10-12) the 公示
// is listed under 已结束 with its dates and the 认定公告's, and it still reads in full — without the form.
// The browser's clock follows the server's: the list groups by the visitor's day, the form by the server's.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertificationShortlist } from '../src/db/testing/certification-builders';
import { DEMO_PASSWORD, DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';
import { seeText } from './support/whole-path-steps';

const PLATFORM_GZ = '广州市工业互联网公共服务平台';
const BASE_SZ = '深圳市南山区小微企业创业创新示范基地';
const NOTICE_TITLE = '2026年广东省中小企业公共服务示范平台（基地）拟认定对象公示';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };

let browser: Browser;
let server: SeededServer<null>;

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function call<T>(cookie: string, method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { ...HEADERS, cookie }, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) });
  const text = await response.text();
  expect([200, 201], `${method} ${path}: ${text}`).toContain(response.status);
  return JSON.parse(text) as T;
}

/** A page of the seeded server whose browser clock reads the same Asia/Shanghai moment as the server's. */
async function phoneAt(shanghaiLocal: string, viewport = PHONE): Promise<Page> {
  server.setTime(shanghaiLocal);
  const page = await server.openPage(browser, viewport);
  await page.clock.setFixedTime(new Date(`${shanghaiLocal}:00+08:00`));
  return page;
}

let noticeId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-09-28T01:30:00Z'), async (db) => {
    await createCertificationShortlist(db, 2023, [
      { cityCode: '440300', name: BASE_SZ, carrier: 'base', organisationName: '深圳市南山创新园运营有限公司' },
      { cityCode: '440100', name: PLATFORM_GZ, organisationName: '广州市工业互联网促进中心' },
    ]);
    return null;
  });
  const province = await signIn('province');
  await call(province, 'POST', '/api/certification-notices', {});
  const notices = await call<{ id: string; title: string }[]>(province, 'GET', '/api/v1/notices');
  noticeId = notices.find((n) => n.title === NOTICE_TITLE)?.id ?? '';
  expect(noticeId).not.toBe('');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('公示公告 on a phone', () => {
  it('an open 公示 is listed under 公示中, and a member of the public objects with a PDF and gets a receipt', async () => {
    const page = await phoneAt('2026-09-30T20:00');
    await page.goto('/notices');
    const open = page.getByRole('list', { name: '公示中' });
    await expect.poll(() => open.innerText()).toContain(NOTICE_TITLE);
    expect(await open.innerText()).toContain('公示期 2026-09-28 至 2026-10-09');
    expect(await open.innerText()).toContain('发布于2026-09-28');
    expect(await page.getByRole('link', { name: '认定公告' }).first().getAttribute('href')).toBe('/announcements');
    expect(await page.getByRole('link', { name: '取消与撤销公告' }).first().getAttribute('href')).toBe('/revocations');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'public-notices-open-phone');

    await open.getByText(NOTICE_TITLE).click();
    await page.waitForURL(new RegExp(`/notices/${noticeId}$`));
    await seeText(page, '2026-09-28 至 2026-10-09（5个工作日，截至2026-10-09 24时）');
    // Neutral order (Art. 8): 广州 (440100) before 深圳 (440300), whatever order they were written in.
    expect(await page.getByRole('list', { name: '公示名单' }).locator('li strong').allTextContents()).toEqual([PLATFORM_GZ, BASE_SZ]);

    // A mistake is explained beside its field before anything is sent, in the contract's words.
    await page.getByRole('button', { name: '提交异议' }).click();
    await seeText(page, '请选择异议对象');
    await seeText(page, '请填写异议事实和理由');
    await page.getByLabel('异议事实和理由').fill('太短');
    await page.getByLabel('真实姓名').click();
    await seeText(page, '异议事实和理由至少20个字');

    await page.getByLabel('异议对象').selectOption({ label: PLATFORM_GZ });
    await page.getByLabel('异议事实和理由').fill('该平台申报材料中的年度服务企业名单与其实际服务情况明显不符，存在重复统计。');
    await page.locator('input[type=file]').setInputFiles({ name: '重复统计名单.pdf', mimeType: 'application/pdf', buffer: PDF });
    await seeText(page, '重复统计名单.pdf');
    await page.getByLabel('真实姓名').fill('李晓华');
    await page.getByLabel('联系电话').fill('1391234');
    await page.getByLabel('电子邮箱（可选）').click();
    await seeText(page, '联系电话应为11位手机号或带区号的固定电话');
    await page.getByLabel('联系电话').fill('13912345678');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'public-notice-objection-form-phone');

    await page.getByRole('button', { name: '提交异议' }).click();
    const receipt = page.getByTestId('receipt-number');
    await expect.poll(() => receipt.isVisible()).toBe(true);
    expect((await receipt.textContent())?.trim()).toMatch(/^YY-20260930-[0-9A-Z]{6}$/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'public-notice-objection-receipt-phone');
    await page.context().close();

    const desktop = await phoneAt('2026-09-30T20:05', DESKTOP);
    await desktop.goto(`/notices/${noticeId}`);
    await expect.poll(() => desktop.getByRole('table', { name: '公示名单' }).innerText()).toContain(PLATFORM_GZ);
    expect(await desktop.getByLabel('异议对象').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(desktop)).toBe(false);
    await screenshot(desktop, 'public-notice-open-desktop');
    await desktop.context().close();
  });

  it('after the window the 公示 is listed under 已结束 with the 认定公告 date, and reads in full without the form', async () => {
    server.setTime('2026-10-12T09:00');
    const province = await signIn('province');
    const objections = await call<{ id: string }[]>(province, 'GET', `/api/notices/${noticeId}/objections`);
    for (const objection of objections) {
      await call(province, 'POST', `/api/objections/${objection.id}/decision`, { outcome: 'unfounded', investigation: '经核实，该平台服务企业名单按统一社会信用代码去重，无重复统计，异议不属实。' });
    }
    await call(province, 'POST', `/api/notices/${noticeId}/certification-announcement`, {});

    const page = await phoneAt('2026-10-12T09:30');
    await page.goto('/notices');
    const closed = page.getByRole('list', { name: '已结束' });
    await expect.poll(() => closed.innerText()).toContain(NOTICE_TITLE);
    // The 认定公告 come in a second request: the line gains their date when they arrive.
    await expect.poll(() => closed.innerText()).toContain('公示期 2026-09-28 至 2026-10-09 · 认定公告 2026-10-12');
    await seeText(page, '当前没有正在公示的对象。');
    expect(await page.getByRole('list', { name: '认定公告' }).innerText()).toContain('发布于2026-10-12');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'public-notices-closed-phone');

    await closed.getByText(NOTICE_TITLE).click();
    await page.waitForURL(new RegExp(`/notices/${noticeId}$`));
    await seeText(page, '公示已结束');
    await seeText(page, '当前不在受理期内', 15_000);
    expect(await page.getByRole('list', { name: '公示名单' }).innerText()).toContain('已正式认定');
    expect(await page.getByLabel('异议对象').count()).toBe(0);
    expect(await page.getByRole('button', { name: '提交异议' }).count()).toBe(0);
    expect(await page.getByText('李晓华').count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'public-notice-closed-phone');
    await page.context().close();

    const desktop = await phoneAt('2026-10-12T09:35', DESKTOP);
    await desktop.goto('/notices');
    await expect.poll(() => desktop.getByRole('list', { name: '已结束' }).innerText()).toContain(NOTICE_TITLE);
    expect(await hasHorizontalOverflow(desktop)).toBe(false);
    await screenshot(desktop, 'public-notices-closed-desktop');
    await desktop.context().close();
  });
});
