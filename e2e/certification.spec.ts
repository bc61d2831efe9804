// Journey (Art. 7(4), Art. 8, ADR 0015): three 拟认定对象 are written into the database before the server starts;
// on Monday 2026-09-28 the province previews and publishes the 拟认定公示 (5 working days over the National Day
// holiday: to 2026-10-09); the public sees it under 公示公告; the auditor reads 认定管理 without acting; after the
// window the province publishes the 认定公告, and a member of the public opens it on a 375 px phone and reads the
// certificate numbers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertificationShortlist } from '../src/db/testing/certification-builders';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';
import { seeText } from './support/whole-path-steps';

const PLATFORM_GZ = '广州市中小企业数字化服务平台';
const BASE_GZ = '广州市小微企业创业创新基地';
const PLATFORM_SZ = '深圳市专精特新企业服务平台';
const NOTICE_TITLE = '2026年广东省中小企业公共服务示范平台（基地）拟认定对象公示';
const ANNOUNCEMENT_TITLE = '关于认定2026年广东省中小企业公共服务示范平台（基地）的公告';

let browser: Browser;
let server: SeededServer<null>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-09-28T01:30:00Z'), async (db) => {
    await createCertificationShortlist(db, 2023, [
      { cityCode: '440300', name: PLATFORM_SZ, organisationName: '深圳市中小企业服务中心' },
      { cityCode: '440100', name: PLATFORM_GZ, organisationName: '广州市中小企业服务中心' },
      { cityCode: '440100', name: BASE_GZ, carrier: 'base', organisationName: '广州创新园区运营有限公司' },
    ]);
    return null;
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function certificationPage(username: string): Promise<Page> {
  const page = await server.openPage(browser, DESKTOP);
  await logIn(page, username);
  await page.getByRole('menuitem', { name: '认定管理' }).click();
  await page.waitForURL(/\/workspace\/certification$/);
  return page;
}

describe('公示认定', () => {
  it('the province previews the 拟认定公示 and publishes it', async () => {
    const page = await certificationPage('province');
    await seeText(page, PLATFORM_SZ);
    await page.getByRole('button', { name: '预览拟认定公示' }).click();
    await seeText(page, '2026-09-28 至 2026-10-09（5个工作日）');
    expect(await page.getByLabel('公示标题').inputValue()).toBe(NOTICE_TITLE);
    expect(await page.getByText(/评分|得分|排名/).count()).toBe(0);
    await screenshot(page, 'certification-preview-desktop');
    await page.getByRole('button', { name: '发布拟认定公示' }).click();
    await seeText(page, '公示期至2026-10-09（含当日）结束，期满后方可发文公告正式认定。');
    expect(await page.getByRole('button', { name: '发文公告正式认定' }).isDisabled()).toBe(true);
    await seeText(page, '共3个，待认定3个');
    await screenshot(page, 'certification-notice-published-desktop');
    await page.context().close();
  });

  it('the public sees it under 公示公告, and the auditor reads 认定管理 without acting', async () => {
    server.setTime('2026-09-30T20:00');
    const phone = await server.openPage(browser, PHONE);
    await phone.goto('/notices');
    await phone.getByText(NOTICE_TITLE).click();
    await seeText(phone, '拟认定对象公示');
    await seeText(phone, PLATFORM_GZ);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'certification-notice-public-phone');
    await phone.context().close();

    const page = await certificationPage('auditor');
    await seeText(page, NOTICE_TITLE);
    expect(await page.getByRole('button', { name: '发文公告正式认定' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '预览拟认定公示' }).count()).toBe(0);
    await page.context().close();
  });

  it('after the window the province publishes the 认定公告', async () => {
    server.setTime('2026-10-12T09:00');
    const page = await certificationPage('province');
    await page.getByRole('button', { name: '发文公告正式认定' }).click();
    await seeText(page, '已发文公告');
    expect(await page.getByRole('link', { name: ANNOUNCEMENT_TITLE }).count()).toBeGreaterThan(0);
    await screenshot(page, 'certification-announced-desktop');
    await page.context().close();

    const phone = await server.openPage(browser, PHONE);
    await logIn(phone, 'province');
    await phone.goto('/workspace/certification');
    await seeText(phone, '已发文公告');
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'certification-announced-phone');
    await phone.context().close();
  });

  it('the public opens the 认定公告 on a phone and reads the certificate numbers', async () => {
    const phone = await server.openPage(browser, PHONE);
    await phone.goto('/');
    await phone.getByRole('link', { name: '认定公告' }).click();
    await seeText(phone, '共认定3个');
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'announcements-public-phone');
    await phone.getByText(ANNOUNCEMENT_TITLE).click();
    await phone.waitForURL(/\/announcements\/[0-9a-f-]{36}$/);
    // Neutral order, each carrier numbered on: 广州 (440100) before 深圳 (440300); 中 (U+4E2D) before 小 (U+5C0F).
    await seeText(phone, '证书编号：粤中小示范平台〔2026〕001号');
    await seeText(phone, '证书编号：粤中小示范基地〔2026〕001号');
    await seeText(phone, '证书编号：粤中小示范平台〔2026〕002号');
    const listed = await phone.getByRole('list', { name: '认定名单' }).locator('li strong').allTextContents();
    expect(listed).toEqual([PLATFORM_GZ, BASE_GZ, PLATFORM_SZ]);
    expect(await phone.getByText(/评分|得分|排名/).count()).toBe(0);
    expect(await phone.getByRole('link', { name: /下载公告文件/ }).getAttribute('href')).toMatch(/document\.docx$/);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'announcement-public-phone');
    const url = new URL(phone.url()).pathname;
    await phone.context().close();

    const desktop = await server.openPage(browser, DESKTOP);
    await desktop.goto(url);
    await seeText(desktop, PLATFORM_SZ);
    await screenshot(desktop, 'announcement-public-desktop');
    await desktop.context().close();
  });
});
