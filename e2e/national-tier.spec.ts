// Journey (Art. 9: 获工业和信息化部认定的国家中小企业公共服务示范平台…信息数据库同时列示; ADR 0017): a server of its own
// holds one 广州 platform from the province's earlier list (已认定). At desktop width the province opens 国家级名单 and
// uploads MIIT's list as Excel (a title line, the header, two rows): the 广州 platform is marked national at once by
// its operator's credit code; the 深圳 row matches nothing and the officer lists it by hand as a national-only entry
// (city 深圳市 guessed from the row). The public registry then shows both as 国家级. At 375 px the upload's page and
// the list of uploads do not scroll sideways; the applicant sets its 对外服务电话/网址 on a phone.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryWriteRepository } from '../src/db/repositories/registry-write.repository';
import { makeCreditCode } from '../src/db/testing/builders';
import { registrySearchText } from '../src/domain/registry/search';
import { DESKTOP, DEMO_PASSWORD, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';

const SUFFIX = Date.now().toString(36);
const LEGACY = { id: '5b0f3c52-1d7e-4a55-9b1c-6f3f1e0a9c01', name: `广州市工业设计示范服务平台${SUFFIX}`, operator: `广州工业设计促进中心${SUFFIX}`, code: makeCreditCode('440100') };
const NEW = { name: `深圳市智能制造国家级示范平台${SUFFIX}`, operator: `深圳市智造服务有限公司${SUFFIX}`, code: makeCreditCode('440300') };
const FILE = `工信部国家级示范平台名单${SUFFIX}.xlsx`;

let browser: Browser;
let server: SeededServer<null>;

async function miitList(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  sheet.addRow(['2025年度国家中小企业公共服务示范平台名单']);
  sheet.addRow(['序号', '平台名称', '运营单位', '统一社会信用代码', '所在地区', '批次']);
  sheet.addRow([1, LEGACY.name, LEGACY.operator, LEGACY.code, '广东省广州市', '2025年']);
  sheet.addRow([2, NEW.name, NEW.operator, NEW.code, '广东省深圳市', '2025年']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/workspace/);
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-11-27T02:00:00Z'), async (db) => {
    // The province's list from before the system (source legacy): no application, 已认定.
    await registryWriteRepository.upsertEntry(db, {
      id: LEGACY.id,
      source: 'legacy',
      name: LEGACY.name,
      operatorName: LEGACY.operator,
      operatorCreditCode: LEGACY.code,
      carrier: 'platform',
      platformKind: 'professional',
      cityCode: '440100',
      countyCode: '440106',
      isProvincial: true,
      batchYear: 2021,
      status: 'certified',
      searchText: registrySearchText({ name: LEGACY.name, operatorName: LEGACY.operator, formerNames: [], certificateNumber: null }),
      updatedAt: new Date('2026-11-27T02:00:00Z'),
    });
    await registryWriteRepository.bumpVersion(db);
    return null;
  });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

const rowsList = (page: Page) => page.getByRole('table', { name: '名单各行' }).or(page.getByRole('list', { name: '名单各行' }));

describe('国家级名单 (Art. 9)', () => {
  let uploadPath = '';

  it('the province uploads MIIT’s list at desktop width; one row is marked, one is listed by hand', async () => {
    const page = await server.openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: /国家级名单/ }).click();
    await page.waitForURL(/\/workspace\/national-tier$/);
    await expect.poll(() => page.getByText('尚未导入名单').first().isVisible()).toBe(true);
    await page.locator('input[type=file]').setInputFiles({ name: FILE, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await miitList() });
    await page.waitForURL(/\/workspace\/national-tier\/[0-9a-f-]{36}$/);
    uploadPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText('2025年度国家中小企业公共服务示范平台名单').first().isVisible()).toBe(true);

    // Only the open row shows at first; the marked one appears with 全部.
    await expect.poll(() => rowsList(page).innerText()).toContain(NEW.name);
    expect(await rowsList(page).innerText()).toContain('未匹配，待人工匹配');
    await page.getByLabel('只看待处理').uncheck();
    await expect.poll(() => rowsList(page).innerText()).toContain('已标注国家级');
    expect(await rowsList(page).innerText()).toContain(LEGACY.name);
    await screenshot(page, 'national-tier-upload-desktop');

    await page.getByRole('button', { name: '处理第4行' }).click();
    const dialog = page.getByRole('dialog', { name: '处理第4行' });
    await dialog.getByLabel('列为国家级条目').check();
    // The city comes from the row's 所在地区 (广东省深圳市), the carrier from its name (…平台).
    await expect.poll(() => dialog.getByText('深圳市', { exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByLabel('示范平台').isChecked()).toBe(true);
    await screenshot(page, 'national-tier-resolve-desktop');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByText('名单各行（已全部处理）').isVisible()).toBe(true);
    expect(await rowsList(page).innerText()).toContain('已作为国家级条目列入');
    await screenshot(page, 'national-tier-resolved-desktop');
    await page.context().close();
  });

  it('the public registry lists both as 国家级', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/registry?level=national&q=${encodeURIComponent(SUFFIX)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { name: string; isNational: boolean; isProvincial: boolean; levels: string[] }[] };
    const byName = Object.fromEntries(body.items.map((item) => [item.name, item]));
    expect(byName[LEGACY.name]).toMatchObject({ isNational: true, isProvincial: true });
    expect(byName[NEW.name]).toMatchObject({ isNational: true, isProvincial: false, levels: ['national'] });
  });

  it('at 375 px the upload’s page and the list of uploads do not scroll sideways', async () => {
    const page = await server.openPage(browser, PHONE);
    await logIn(page, 'province');
    await page.goto(uploadPath);
    await expect.poll(() => page.getByText('名单各行（已全部处理）').isVisible()).toBe(true);
    await expect.poll(() => rowsList(page).innerText()).toContain('已标注国家级');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'national-tier-upload-phone');
    await page.goto('/workspace/national-tier');
    await expect.poll(() => page.getByRole('list', { name: '名单导入记录' }).innerText()).toContain('2025年度');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'national-tier-uploads-phone');
    await page.context().close();
  });

  it('the applicant sets its 对外服务电话 and 网址 on a phone', async () => {
    const page = await server.openPage(browser, PHONE);
    await logIn(page, 'applicant');
    await page.goto('/workspace/my-organisation');
    const card = page.locator('.ant-card').filter({ hasText: '对外服务电话和网址' });
    await card.getByRole('button', { name: /修\s*改/ }).click();
    await card.getByLabel('对外服务电话').fill('020-8888');
    await card.getByLabel('单位网址').fill('www.example.cn');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => card.innerText()).toContain('对外服务电话应为11位手机号');
    await screenshot(page, 'organisation-contact-errors-phone');
    await card.getByLabel('对外服务电话').fill('020-83331234');
    await card.getByLabel('单位网址').fill('https://www.gz-centre.example.cn');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => card.innerText()).toContain('https://www.gz-centre.example.cn');
    expect(await card.innerText()).toContain('020-83331234');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'organisation-contact-phone');
    await page.context().close();
  });
});
