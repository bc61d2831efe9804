// Journey (F4 items 2(a) and 7; Art. 6, 13): a new 广州 operator's platform is a creation object from 2023-06-12. On
// 2024-03-15 the operator opens 创建期管理 → the platform → 数据导入, downloads the 服务记录 Excel template (Chinese
// headers, an example row), fills a workbook with 30 good rows and 3 bad ones (a wrong check character, 2026-02-30,
// satisfaction 7) and uploads it: 30 imported, 3 refused with their row, column, value and reason on the page and in
// the Excel error report. It fixes the 3 rows and imports the whole file again: 3 imported, 30 duplicates (not counted
// twice). 指标看板 shows 服务企业情况 go from 0 to 33 enterprises, and the 广州 city officer sees the same 33. On a
// 375 px phone a text file, a text file named .xlsx and a workbook without the 服务日期 column are each refused as a
// whole, in Chinese; the first version saved as CSV then brings nothing new (30 duplicates, the same 3 refused).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { openCreationObjectTab, seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { asCells, plainHeader, readFirstSheet, serviceRecords, withWrongCheckCharacter, writeCsv, writeWorkbook, type ServiceRecord } from './support/service-record-workbooks';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市数据导入示范服务平台${Date.now().toString(36)}`;
const TAG = String(Date.now() % 10_000).padStart(4, '0');
const RECORDS = serviceRecords(TAG);
// Rows 32–34 of the file (row 1 is the header): the three mistakes, and what they should have been.
const BAD: ServiceRecord[] = [
  { ...(RECORDS[30] as ServiceRecord), creditCode: withWrongCheckCharacter((RECORDS[30] as ServiceRecord).creditCode) },
  { ...(RECORDS[31] as ServiceRecord), date: '2026-02-30' },
  { ...(RECORDS[32] as ServiceRecord), satisfaction: 7 },
];

let browser: Browser;
let seeded: SeededCreationObject;
let header: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
  setServerTime('2024-03-15T10:00');
}, 120_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

/** The row of 服务企业情况 on 指标看板: its 实际值 reads e.g. "33家" (the standards' "1000家以上" also end in 家). */
function servedEnterprisesRow(page: Page) {
  return page.getByRole('row').filter({ hasText: '服务企业情况' }).first();
}
const servedCount = (n: number) => new RegExp(`(?<![\\d,])${n}家`);

/** 指标看板 for the first year of the period (2023-06-12 … 2024-06-11): 服务企业情况 is counted per year. */
async function showFirstYear(page: Page): Promise<void> {
  await page.getByText('第一年', { exact: true }).click();
  await seeText(page, '统计区间：2023-06-12 至 2024-06-11');
}

async function uploadTo(page: Page, dataset: string, file: string): Promise<void> {
  await page.getByRole('region', { name: dataset }).locator('input[type=file]').setInputFiles(file);
}

describe('importing service records from an Excel workbook', () => {
  it('the operator sees no served enterprise yet, downloads the template and reads its Chinese headers and example', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '指标看板');
    await showFirstYear(page);
    await expect.poll(() => servedEnterprisesRow(page).innerText()).toMatch(servedCount(0));

    await page.getByRole('tab', { name: '数据导入' }).click();
    const card = page.getByRole('region', { name: '服务记录' });
    await expect.poll(() => card.getByText('服务企业数量、服务覆盖面、服务内容和满意度', { exact: false }).isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: '下载Excel模板：服务记录' }).click()]);
    expect(download.suggestedFilename()).toMatch(/服务记录.*\.xlsx$/);
    const template = await readFirstSheet(await download.path());
    header = template[0] ?? [];
    expect(header.map(plainHeader)).toEqual(expect.arrayContaining(['统一社会信用代码', '企业名称', '服务地区代码', '服务事项', '服务日期', '服务方式', '满意度评价']));
    // The example row: a real credit code and a date written as the template asks.
    expect(template.some((row) => row.includes('914403001922038216') && row.some((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell)))).toBe(true);
    await screenshot(page, 'data-import-templates-desktop');
    await page.context().close();
  });

  it('uploads 30 good rows and 3 bad ones: 30 imported, the 3 refused with their reasons and an Excel error report', async () => {
    const file = await writeWorkbook('服务记录-第一次.xlsx', header, [...RECORDS.slice(0, 30), ...BAD].map((r) => asCells(r, header)));
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '数据导入');
    await uploadTo(page, '服务记录', file);
    await seeText(page, '共33行，导入30行，重复0行（已导入过，不重复计算），未通过3行', 30_000);
    const problems = page.getByRole('table', { name: '未通过的行' });
    await expect.poll(() => problems.getByRole('row').filter({ hasText: '2026-02-30' }).innerText()).toMatch(/33\s+服务日期\s+2026-02-30\s+日期2026-02-30不存在/);
    expect(await problems.getByRole('row').filter({ hasText: '统一社会信用代码' }).innerText()).toContain('校验位不正确');
    expect(await problems.getByRole('row').filter({ hasText: '满意度评价' }).innerText()).toMatch(/^34/);
    await screenshot(page, 'data-import-result-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载错误报告/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const report = await readFirstSheet(await download.path());
    const headerIndex = report.findIndex((row) => row.includes('行号'));
    const columns = report[headerIndex] ?? [];
    expect(columns).toEqual(['行号', '列名', '填写内容', '问题原因']);
    const lines = report.slice(headerIndex + 1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual(['32', '统一社会信用代码', BAD[0]?.creditCode, '统一社会信用代码校验位不正确，请核对后重新输入']);
    expect(lines[1]).toEqual(['33', '服务日期', '2026-02-30', '日期2026-02-30不存在']);
    expect(lines[2]?.slice(0, 3)).toEqual(['34', '满意度评价', '7']);
    expect(lines[2]?.[3]).toContain('1至5');
    await page.context().close();
  });

  it('imports the whole file again with the 3 rows fixed: 3 new, 30 duplicates, and the history shows both imports', async () => {
    const file = await writeWorkbook('服务记录-修改后.xlsx', header, RECORDS.map((r) => asCells(r, header)));
    // The fixes took the operator 40 minutes (the history orders by time).
    setServerTime('2024-03-15T10:40');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '数据导入');
    await uploadTo(page, '服务记录', file);
    await seeText(page, '共33行，导入3行，重复30行（已导入过，不重复计算），未通过0行', 30_000);
    const history = page.getByRole('region', { name: '导入记录' });
    await expect.poll(() => history.getByRole('row').count()).toBe(3);
    const rows = history.getByRole('row');
    expect(await rows.nth(1).innerText()).toMatch(/2024-03-15 10:40[\s\S]*服务记录[\s\S]*文件[\s\S]*服务记录-修改后\.xlsx[\s\S]*共33 · 导入3 · 重复30 · 未通过0/);
    expect(await rows.nth(2).innerText()).toMatch(/2024-03-15 10:00[\s\S]*服务记录-第一次\.xlsx[\s\S]*共33 · 导入30 · 重复0 · 未通过3[\s\S]*错误报告/);
    await screenshot(page, 'data-import-reimported-desktop');

    await page.getByRole('tab', { name: '指标看板' }).click();
    await showFirstYear(page);
    await expect.poll(() => servedEnterprisesRow(page).innerText()).toMatch(servedCount(33));
    await screenshot(page, 'data-import-dashboard-operator-desktop');
    await page.context().close();
  });

  it('the 广州 city officer sees the same 33 enterprises, and the imports but no upload', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await openCreationObjectTab(page, NAME, '指标看板');
    await showFirstYear(page);
    await expect.poll(() => servedEnterprisesRow(page).innerText()).toMatch(servedCount(33));
    await screenshot(page, 'data-import-dashboard-city-desktop');
    await page.getByRole('tab', { name: '数据导入' }).click();
    await seeText(page, '数据由运营主体导入', 15_000);
    await expect.poll(() => page.getByRole('region', { name: '导入记录' }).getByRole('row').count()).toBe(3);
    expect(await page.getByRole('button', { name: /上传文件导入/ }).count()).toBe(0);
    await page.context().close();
  });

  it('on a phone: a text file, a renamed one and a workbook without 服务日期 are refused whole, in Chinese; the first version as CSV adds nothing', async () => {
    const withoutDate = header.filter((h) => plainHeader(h) !== '服务日期');
    const file = await writeWorkbook('缺少服务日期.xlsx', withoutDate, RECORDS.slice(0, 3).map((r) => asCells(r, withoutDate)));
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto(`/workspace/creation-objects/${seeded.id}`);
    await page.getByRole('tab', { name: '数据导入' }).click();
    // A file of another type is refused before it is sent.
    await page.getByRole('region', { name: '服务记录' }).locator('input[type=file]').setInputFiles({ name: '服务记录.txt', mimeType: 'text/plain', buffer: Buffer.from('统一社会信用代码\n') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '文件未上传' }).innerText()).toContain('“服务记录.txt”不是Excel（.xlsx）或CSV（.csv）文件');
    // Named .xlsx but not a workbook: the server looks at the content (415).
    await page.getByRole('region', { name: '服务记录' }).locator('input[type=file]').setInputFiles({ name: '改名的文本.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('统一社会信用代码,企业名称\n') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '改名的文本.xlsx' }).innerText()).toMatch(/的类型不受支持，未导入任何数据[\s\S]*内容不是Excel工作簿/);
    await uploadTo(page, '服务记录', file);
    const alert = page.getByRole('alert').filter({ hasText: '缺少服务日期.xlsx' });
    await expect.poll(() => alert.innerText()).toContain('无法按模板读取，未导入任何数据');
    expect(await alert.innerText()).toContain('服务日期');
    // Still the two imports: nothing of the refused file was recorded.
    await expect.poll(() => page.getByRole('list', { name: '导入记录列表' }).getByRole('listitem').count()).toBe(2);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'data-import-refused-phone');

    // The first version again, saved as CSV: the 30 rows already imported are duplicates, the 3 bad ones are refused.
    await uploadTo(page, '服务记录', writeCsv('服务记录-第一次.csv', header, [...RECORDS.slice(0, 30), ...BAD].map((r) => asCells(r, header))));
    await seeText(page, '共33行，导入0行，重复30行（已导入过，不重复计算），未通过3行', 30_000);
    const problems = page.getByRole('list', { name: '未通过的行' }).getByRole('listitem');
    await expect.poll(() => problems.count()).toBe(3);
    expect(await problems.nth(1).innerText()).toMatch(/第33行 · 服务日期：2026-02-30\s+日期2026-02-30不存在/);
    await expect.poll(() => page.getByRole('list', { name: '导入记录列表' }).getByRole('listitem').count()).toBe(3);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'data-import-result-phone');
    await page.context().close();
  });
});
