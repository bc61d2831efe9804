// Journeys: 统计看板 (F8 items 1, 2, 3, 5; Art. 3, 13, 15, 16). On a programme of ten platforms and bases of 广州,
// 深圳 and 佛山 across the 2024 and 2025 calls (e2e/support/oversight-setup.ts), the province opens its dashboard,
// narrows it (年度, 地市, 载体类型 — kept in the address), sees the figures change, opens the objects behind a bar,
// exports the list to Excel (the filter line and the rows checked with exceljs) and downloads the year's Word report;
// a 深圳 officer sees only 深圳, cannot choose another city, even by editing the address, and exports. The charts
// (AntV G2) run under the server's real Content-Security-Policy with no violation; screenshots at 1280 and 375 px.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, screenshot } from './support/browser';
import { chooseOption } from './support/forms';
import { seedOversightProgramme } from './support/oversight-setup';
import { watchViolations } from './support/csp-violations';
import { startSeededServer, type SeededServer } from './support/seeded-server';

let browser: Browser;
let server: SeededServer<{ ids: Record<string, string> }>;
const downloads = mkdtempSync(path.join(tmpdir(), 'oversight-downloads-'));

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-11-28T02:00:00Z'), seedOversightProgramme);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const statistic = (page: Page, title: string) => page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content-value');
const figures = (page: Page, chart: string) => page.getByRole('list', { name: `${chart}（数据）` });

/** The dashboard has drawn its figures and its charts (G2 draws into a <canvas>). */
async function dashboardDrawn(page: Page): Promise<void> {
  await expect.poll(() => figures(page, '按阶段').isVisible()).toBe(true);
  await expect.poll(() => page.locator('.ov-chart-canvas canvas').count()).toBeGreaterThanOrEqual(3);
  await expect.poll(() => page.locator('.ant-skeleton, .ant-spin-spinning').count()).toBe(0);
}

async function save(download: Download, name: string): Promise<string> {
  const file = path.join(downloads, name);
  await download.saveAs(file);
  return file;
}

async function sheetText(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => lines.push((row.values as unknown[]).filter((v) => v !== undefined && v !== null).map(String).join(' | '))));
  return lines;
}

describe('统计看板', () => {
  it('the province filters its dashboard, opens the objects behind a bar, exports them and downloads the report', async () => {
    const page = await server.openPage(browser, DESKTOP);
    const violations = await watchViolations(page);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '统计看板' }).click();
    await page.waitForURL(/\/workspace\/oversight$/);
    await dashboardDrawn(page);
    expect(await statistic(page, '平台（基地）总数').innerText()).toBe('10');
    // 按地市 lists all 21 cities in division-code order (广州 440100 before 深圳 440300 before 佛山 440600).
    const cities = await figures(page, '按地市').locator('li').allInnerTexts();
    expect(cities).toHaveLength(21);
    expect(cities.slice(0, 3).map((t) => t.replace(/\s+/g, ''))).toEqual(['广州市4', '韶关市0', '深圳市5']);
    await screenshot(page, 'oversight-province-desktop');

    await chooseOption(page, '年度', '2025年度');
    await expect.poll(() => statistic(page, '平台（基地）总数').innerText()).toBe('5');
    await chooseOption(page, '地市', '深圳市');
    await chooseOption(page, '载体类型', '平台');
    await page.waitForURL((url) => url.searchParams.get('year') === '2025' && url.searchParams.get('city') === '440300' && url.searchParams.get('carrier') === 'platform');
    await expect.poll(() => statistic(page, '平台（基地）总数').innerText()).toBe('2');
    await dashboardDrawn(page);
    await screenshot(page, 'oversight-province-filtered-desktop');

    // A link keeps the filters: a reload shows the same figures.
    await page.reload();
    await dashboardDrawn(page);
    expect(await statistic(page, '平台（基地）总数').innerText()).toBe('2');

    // The 拟创建对象 bar opens the objects behind it, with the filters.
    await figures(page, '按阶段').getByRole('link', { name: '拟创建对象' }).click();
    await page.waitForURL(/\/workspace\/oversight\/objects\?.*state=shortlisted/);
    const table = page.locator('.ant-table');
    await expect.poll(() => table.getByRole('link', { name: '看板深圳数字化专业平台' }).isVisible()).toBe(true);
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);
    // No column sorts by a count (Art. 8: no league tables).
    expect(await page.locator('.ant-table-column-has-sorters').count()).toBe(0);
    await screenshot(page, 'oversight-objects-desktop');

    const [listDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出Excel/ }).click()]);
    const lines = await sheetText(await save(listDownload, 'objects.xlsx'));
    expect(lines.some((line) => line.includes('筛选条件：年度：2025年度；地市：深圳市（440300）；载体类型：平台'))).toBe(true);
    expect(lines.some((line) => line.includes('看板深圳数字化专业平台'))).toBe(true);
    expect(lines.some((line) => line.includes('看板广州智能制造平台') || line.includes('看板深圳综合服务平台'))).toBe(false);

    await page.getByRole('link', { name: /返回统计看板/ }).click();
    await dashboardDrawn(page);
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /年度报告\(Word\)/ }).click()]);
    const docx = readFileSync(await save(report, 'report.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(report.suggestedFilename()).toMatch(/\.docx$/);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('on a 375 px phone the dashboard fits: charts shrink, tables scroll inside their cards, the objects are cards', async () => {
    const page = await server.openPage(browser, PHONE);
    const violations = await watchViolations(page);
    await logIn(page, 'province');
    await page.goto('/workspace/oversight?year=2024');
    await dashboardDrawn(page);
    expect(await statistic(page, '平台（基地）总数').innerText()).toBe('5');
    const widths = await page.locator('.ov-chart-canvas canvas').evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeLessThanOrEqual(375);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'oversight-province-phone');
    await page.goto('/workspace/oversight/objects?year=2024&step=creating');
    await expect.poll(() => page.getByRole('link', { name: '看板佛山综合服务平台' }).isVisible()).toBe(true);
    // On a phone each object is a card, not a table row.
    expect(await page.getByLabel('统计对象列表').getByText(/^运营主体：/).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('tbody tr.ant-table-row').count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'oversight-objects-phone');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('a 深圳 officer sees only 深圳, cannot choose another city, and exports its own', async () => {
    const page = await server.openPage(browser, DESKTOP);
    const violations = await watchViolations(page);
    await logIn(page, 'city.sz');
    await page.getByRole('menuitem', { name: '统计看板' }).click();
    await dashboardDrawn(page);
    await expect.poll(() => page.getByText('统计看板 · 深圳市').isVisible()).toBe(true);
    expect(await page.getByText('地市：深圳市').isVisible()).toBe(true);
    expect(await page.getByLabel('地市', { exact: true }).count()).toBe(0);
    expect(await figures(page, '按地市').count()).toBe(0);
    expect(await statistic(page, '平台（基地）总数').innerText()).toBe('5');
    await screenshot(page, 'oversight-city-desktop');

    // Naming 广州 in the address changes nothing: the city is the server's to force.
    await page.goto('/workspace/oversight/objects?city=440100');
    await expect.poll(() => page.locator('tbody tr.ant-table-row').count()).toBe(5);
    expect(await page.getByText(/看板广州/).count()).toBe(0);

    await page.goto('/workspace/oversight?carrier=base');
    await dashboardDrawn(page);
    expect(await statistic(page, '平台（基地）总数').innerText()).toBe('2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出Excel/ }).first().click()]);
    const lines = await sheetText(await save(download, 'city-dashboard.xlsx'));
    expect(lines).toContain('各阶段数量（深圳市）');
    expect(lines.some((line) => line.includes('筛选条件：年度：全部；地市：深圳市（440300）；载体类型：基地'))).toBe(true);
    expect(lines.some((line) => line.startsWith('440100') || line.includes('广州市'))).toBe(false);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('a 深圳 officer on a 375 px phone', async () => {
    const page = await server.openPage(browser, PHONE);
    await logIn(page, 'city.sz');
    await page.goto('/workspace/oversight');
    await dashboardDrawn(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'oversight-city-phone');
    await page.context().close();
  });
});
