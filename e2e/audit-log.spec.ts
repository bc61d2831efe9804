// Journey (F7 item 1; 等保2.0 三级 8.1.4.3): the 安全审计员 finds a failed login it caused in 登录日志, filters by
// user, exports the login log, then finds that export in 操作日志 by its action and exports that too; the pages
// do not scroll sideways at 375 px.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { chooseOption } from './support/forms';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const dir = mkdtempSync(path.join(tmpdir(), 'audit-log-download-'));

async function failOnce(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('auditadmin');
  await page.getByLabel('密码').fill('Wrong#Password2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect.poll(() => page.getByText('用户名或密码错误').first().isVisible()).toBe(true);
}

async function download(page: Page, name: string): Promise<ExcelJS.Worksheet> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出Excel/ }).click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^${name}_\\d{4}-\\d{2}-\\d{2}至\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  return workbook.worksheets[0]!;
}

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

describe('安全审计员 reads the logs', () => {
  it('finds its failed login, filters by user, exports, and finds the export in 操作日志 (desktop)', async () => {
    const page = await openPage(browser, DESKTOP);
    await failOnce(page);
    await logIn(page, 'auditadmin');

    await page.getByRole('menuitem', { name: '登录日志' }).click();
    await page.waitForURL(/\/workspace\/login-log$/);
    await page.getByLabel('用户', { exact: true }).fill('auditadmin');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const failed = rows(page).filter({ hasText: '密码错误' }).first();
    await expect.poll(() => failed.isVisible()).toBe(true);
    expect(await failed.innerText()).toContain('失败');
    await expect.poll(async () => (await rows(page).allInnerTexts()).every((text) => text.includes('auditadmin'))).toBe(true);
    await screenshot(page, 'audit-login-log-desktop');

    const logins = await download(page, '登录日志');
    expect(logins.getRow(1).values).toEqual([undefined, '时间', '用户名', '姓名', '角色', '事件', '结果', '失败原因', 'IP地址']);
    const failures = logins.getSheetValues().filter((row) => Array.isArray(row) && row[2] === 'auditadmin' && row[7] === '密码错误');
    expect(failures.length).toBeGreaterThan(0);

    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await page.waitForURL(/\/workspace\/audit-log$/);
    await chooseOption(page, '操作类型', '导出审计日志');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const exported = rows(page).filter({ hasText: '导出审计日志' }).first();
    await expect.poll(() => exported.isVisible()).toBe(true);
    expect(await exported.innerText()).toContain('auditadmin');
    await screenshot(page, 'audit-operation-log-desktop');
    await exported.getByRole('button', { name: '查看详情：导出审计日志' }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.locator('pre[aria-label="变更后"]').innerText()).toContain('"log": "logins"');
    await screenshot(page, 'audit-operation-detail-desktop');
    await page.locator('.ant-drawer-close').click();
    await expect.poll(() => drawer.isVisible()).toBe(false);

    const operations = await download(page, '操作日志');
    expect(operations.getRow(1).values).toEqual([undefined, '时间', '用户名', '姓名', '角色', '操作', '操作代码', '对象类型', '对象编号', 'IP地址', '请求编号', '变更前', '变更后']);
    expect(operations.rowCount).toBeGreaterThan(1);
    const actions = operations.getSheetValues().slice(2).map((row) => (Array.isArray(row) ? row[6] : null));
    expect(new Set(actions)).toEqual(new Set(['audit.export']));
  });

  it('both logs fit a 375 px phone: the table scrolls inside its card, the page does not', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'auditadmin');
    await page.goto('/workspace/login-log');
    await expect.poll(() => rows(page).first().isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'audit-login-log-phone');
    // The rarer filters fold away on a phone and unfold on request.
    await page.getByRole('button', { name: '更多条件' }).click();
    await expect.poll(() => page.getByLabel('IP地址', { exact: true }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.goto('/workspace/audit-log');
    await expect.poll(() => page.getByRole('heading', { name: '操作日志' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/共 \d+ 条（北京时间）/).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'audit-operation-log-phone');
    // The desktop journey exported twice, so there is a record; its detail opens full-width and wraps.
    await rows(page).first().getByRole('button', { name: /查看详情/ }).click();
    await expect.poll(() => page.getByRole('dialog').locator('pre[aria-label="变更后"]').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'audit-operation-detail-phone');
  });
});
