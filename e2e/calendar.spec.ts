// Journey: the province enters next year's holiday schedule (节假日安排), with Chinese errors beside the fields
// it gets wrong, and the 公示期 tool then computes a notice period in that year — which it refused before.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { fieldError } from './support/forms';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function pickRange(page: Page, label: string, from: string, to: string): Promise<void> {
  const inputs = page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill(to);
  await inputs.nth(1).press('Enter');
}

async function computeWindow(page: Page, start: string): Promise<void> {
  await pickDate(page, '发布日期', start);
  await page.getByRole('button', { name: '计算公示期' }).click();
  // The date panel slides out over the page edge while it closes; wait until it has gone.
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
}

const workingDays = (page: Page) => page.getByRole('list', { name: '公示期工作日' }).getByRole('listitem').allInnerTexts();

describe('节假日安排 and 公示期', () => {
  it('the province publishes the 2027 schedule, then a 2027 notice period computes', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await page.waitForURL(/\/workspace\/calendar$/);
    await expect.poll(() => page.getByRole('link', { name: '2026年' }).isVisible()).toBe(true);

    // The DESIGN §3 example, from the seeded 2026 schedule.
    await computeWindow(page, '2026-09-28');
    await expect.poll(() => workingDays(page)).toEqual([
      '第1个工作日 2026年9月28日（星期一）',
      '第2个工作日 2026年9月29日（星期二）',
      '第3个工作日 2026年9月30日（星期三）',
      '第4个工作日 2026年10月8日（星期四）',
      '第5个工作日 2026年10月9日（星期五）',
    ]);
    await expect.poll(() => page.getByText('至2026年10月9日（星期五）23:59:59止').isVisible()).toBe(true);

    // 2027 has no schedule yet: the tool says so instead of guessing.
    await computeWindow(page, '2027-02-04');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '尚未录入2027年的节假日安排' }).isVisible()).toBe(true);
    await screenshot(page, 'calendar-2027-missing-desktop');

    await page.getByRole('link', { name: /发布节假日安排/ }).click();
    await page.waitForURL(/\/workspace\/calendar\/publish\?year=2027/);
    // The list page (whose table has a 年份 column) may still be on screen while the form's chunk loads.
    await expect.poll(() => page.getByRole('spinbutton', { name: '年份' }).inputValue()).toBe('2027');

    // Mistakes are shown beside the fields, in Chinese.
    await page.getByRole('button', { name: '添加放假时段' }).click();
    await pickRange(page, '放假时段1', '2027-01-01', '2027-01-03');
    await page.getByRole('button', { name: '添加调休上班日' }).click();
    await pickDate(page, '调休上班日1', '2027-01-04');
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await expect.poll(() => fieldError(page, '发布说明').textContent()).toBe('请填写发布说明');
    await page.getByLabel('发布说明').fill('依据国务院办公厅关于2027年部分节假日安排的通知录入（演示）');
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await expect.poll(() => fieldError(page, '调休上班日1').textContent()).toBe('1月4日不是周六或周日，本来就是工作日，无需列为调休上班日');
    await screenshot(page, 'calendar-publish-errors-desktop');

    await page.getByRole('button', { name: '删除调休上班日1' }).click();
    await page.getByRole('button', { name: '添加调休上班日' }).click();
    await pickDate(page, '调休上班日1', '2027-02-20');
    await page.getByRole('button', { name: '添加放假时段' }).click();
    await pickRange(page, '放假时段2', '2027-02-05', '2027-02-11');
    await screenshot(page, 'calendar-publish-filled-desktop');
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.getByRole('button', { name: '确认发布' }).click();

    await page.waitForURL(/\/workspace\/calendar\/2027$/);
    await expect.poll(() => page.getByText('2027年节假日安排').first().isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: '放假日期' }).getByRole('listitem').allInnerTexts()).toEqual([
      '1月1日（星期五）至1月3日（星期日），共3天',
      '2月5日（星期五）至2月11日（星期四），共7天',
    ]);
    expect(await page.getByRole('list', { name: '调休上班日期' }).getByRole('listitem').allInnerTexts()).toEqual(['2月20日（星期六）']);
    await screenshot(page, 'calendar-2027-published-desktop');

    await page.getByRole('button', { name: '返回节假日安排' }).click();
    await computeWindow(page, '2027-02-04');
    await expect.poll(() => workingDays(page)).toEqual([
      '第1个工作日 2027年2月4日（星期四）',
      '第2个工作日 2027年2月12日（星期五）',
      '第3个工作日 2027年2月15日（星期一）',
      '第4个工作日 2027年2月16日（星期二）',
      '第5个工作日 2027年2月17日（星期三）',
    ]);
    await screenshot(page, 'calendar-2027-window-desktop');
    await page.context().close();
  });

  it('on a 375 px phone: the years, the 公示期 tool through a 调休 Saturday, and the publish form fit the screen', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'province');
    await page.goto('/workspace/calendar');
    await expect.poll(() => page.getByRole('list', { name: '各年节假日安排' }).getByText('2026年').isVisible()).toBe(true);
    await computeWindow(page, '2027-02-18');
    await expect.poll(() => workingDays(page)).toContain('第3个工作日 2027年2月20日（星期六）');
    await screenshot(page, 'calendar-phone');
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.goto('/workspace/calendar/publish?year=2027');
    await expect.poll(() => page.getByText('2027年现行为第1版').isVisible()).toBe(true);
    await screenshot(page, 'calendar-publish-phone');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await page.context().close();
  });

  it('a city officer has no 节假日安排 page', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    expect(await page.getByRole('menuitem', { name: '节假日安排' }).count()).toBe(0);
    await page.goto('/workspace/calendar');
    await expect.poll(() => page.getByText('页面不存在', { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});
