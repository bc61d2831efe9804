// Journey: the indicator dashboard of a creation object (F4 item 3; Art. 13). THE HAND-COUNT FIXTURE
// (src/db/testing/indicator-fixture.ts) is written into the database before the server starts; the province, the
// operator and the 韶关 officer each open the platform's dashboard and read the same figures — those counted by
// hand — and the drill-downs; the 广州 officer cannot open it. Desktop (1280 px) and phone (375 px).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../src/db/testing/builders';
import { createCreationObject } from '../src/db/testing/creation-builders';
import { seedBaseFixture, seedPlatformFixture } from '../src/db/testing/indicator-fixture';
import { buildApplicationContent } from '../src/db/testing/application-builders';
import { hashPassword } from '../src/server/auth/passwords';
import { DEMO_PASSWORD, DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';
import { seeText } from './support/whole-path-steps';

const PLATFORM = '韶关市中小企业综合服务平台';
const BASE = '韶关先进制造产业基地';

let browser: Browser;
let server: SeededServer<{ platformId: string }>;

beforeAll(async () => {
  browser = await launchBrowser();
  // After the creation period (2026-01-05 … 2028-01-05): every window is complete.
  server = await startSeededServer(new Date('2028-03-01T02:00:00Z'), async (db) => {
    const operator = await createOrganisation(db, { cityCode: '440200', countyCode: '440203', name: '韶关市中小企业服务中心' });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await createUser(db, { role: 'applicant', passwordHash, username: 'sg.operator', organisationId: operator.id });
    await createUser(db, { role: 'city', passwordHash, username: 'city.sg', cityCode: '440200' });
    const platform = await createCreationObject(db, { organisationId: operator.id, cityCode: '440200', startsOn: '2026-01-05', callYear: 2025, content: { name: PLATFORM, region: '440200', platformKind: 'comprehensive' } });
    const base = await createCreationObject(db, {
      organisationId: operator.id,
      cityCode: '440200',
      startsOn: '2026-01-05',
      callYear: 2024,
      content: { ...buildApplicationContent(), name: BASE, carrier: 'base', platformKind: null, region: '440200' },
    });
    await seedPlatformFixture(db, platform.id);
    await seedBaseFixture(db, base.id);
    return { platformId: platform.id };
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openDashboard(page: Page, username: string): Promise<void> {
  await logIn(page, username);
  await page.goto('/workspace/creation-objects');
  await page.getByRole('link', { name: PLATFORM }).first().click();
  await page.waitForURL(/\/workspace\/creation-objects\/[0-9a-f-]{36}/);
  await seeText(page, '运营主体：韶关市中小企业服务中心');
  await page.getByRole('tab', { name: '指标看板' }).click();
}

async function chooseWindow(page: Page, label: string, start: string): Promise<void> {
  await page.locator('.ant-segmented').first().getByText(label, { exact: true }).click();
  await seeText(page, `统计区间：${start}`);
}

/** Each indicator row as 名称 | 实际值 | 创建 tag | 认定 tag. */
async function figures(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('tr.ant-table-row').count()).toBe(10);
  return page.locator('tr.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].slice(1);
      const name = cells[0]?.querySelector('strong')?.textContent ?? '';
      const tags = cells.slice(2).map((c) => c.querySelector('.ant-tag')?.textContent ?? '');
      return [name, cells[1]?.textContent ?? '', ...tags].join(' | ');
    }),
  );
}

// The hand counts of indicator-fixture.ts.
const YEAR_1 = [
  '数字化智能化建设情况 | — | 专家评审 | 专家评审',
  '运行便捷稳定情况 | 电脑端服务入口：具备；移动端服务入口：具备；注册流程用时：10分钟 | 专家评审 | 未达到',
  '运营保障机制情况 | — | 专家评审 | 专家评审',
  '服务功能情况 | 4项 | 达到 | 未达到',
  '汇集服务资源情况 | 2家（人） | 未达到 | 未达到',
  '互联互通情况 | — | 专家评审 | 专家评审',
  '服务企业情况 | 4家 | 未达到 | 未达到',
  '服务覆盖面情况 | 40% | 达到 | 未达到',
  '服务满意度情况 | 60% | 未达到 | 未达到',
  '线下服务拓展情况 | 1次 | 未达到 | 未达到',
];

describe('the indicator dashboard of a creation object', () => {
  let provinceYear1: string[];

  it('the province reads year 1 and the whole period, opens the drill-downs and the data-quality hints', async () => {
    const page = await server.openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '创建期管理' }).click();
    await seeText(page, PLATFORM);
    await seeText(page, BASE);
    await screenshot(page, 'creation-objects-list-desktop');
    await page.getByRole('link', { name: PLATFORM }).click();
    await page.waitForURL(/\/workspace\/creation-objects\/[0-9a-f-]{36}/);
    await seeText(page, '服务区域：韶关市');
    await chooseWindow(page, '第一年', '2026-01-05 至 2027-01-04');
    provinceYear1 = await figures(page);
    expect(provinceYear1).toEqual(YEAR_1);
    await screenshot(page, 'creation-indicators-year1-desktop');

    await page.getByRole('button', { name: '查看活动' }).click();
    await seeText(page, '服务活动明细（第一年）');
    await page.locator('.ant-drawer .ant-segmented').getByText('不足15家').click();
    // The list reloads with the filter: only the event of 14 participants is left.
    await expect.poll(() => page.locator('.ant-drawer').getByText('融资对接会').count()).toBe(0);
    await seeText(page, '共1场');
    await seeText(page, '惠企政策宣讲会');
    await screenshot(page, 'creation-indicators-events-short-desktop');
    await page.locator('.ant-drawer-close').click();

    await chooseWindow(page, '整个创建期', '2026-01-05 至 2028-01-05');
    const whole = await figures(page);
    expect(whole.filter((row) => /^(服务企业情况|服务覆盖面情况|服务满意度情况|服务功能情况) /.test(row))).toEqual([
      '服务功能情况 | 6项 | 达到 | 达到',
      '服务企业情况 | 5家 | 未达到 | 未达到',
      '服务覆盖面情况 | 50% | 达到 | 达到',
      '服务满意度情况 | 66.7% | 未达到 | 未达到',
    ]);
    await seeText(page, '请以各年度的数值为准');
    await page.getByRole('button', { name: '查看覆盖区域' }).click();
    await seeText(page, '韶关市的下一级行政区共10个，有服务企业的5个。');
    await screenshot(page, 'creation-indicators-divisions-desktop');
    await page.locator('.ant-drawer-close').click();

    await page.getByRole('tab', { name: '数据质量提示' }).click();
    await seeText(page, '提示供评审参考，不自动处理');
    await seeText(page, '“融资对接会”与2027-03-01“数字化转型培训”：15家相同，共16家');
    await screenshot(page, 'creation-flags-desktop');
    await page.context().close();
  });

  it.each([['sg.operator'], ['city.sg']])('%s sees the same figures', async (username) => {
    const page = await server.openPage(browser, DESKTOP);
    await openDashboard(page, username);
    await chooseWindow(page, '第一年', '2026-01-05 至 2027-01-04');
    expect(await figures(page)).toEqual(provinceYear1);
    await screenshot(page, `creation-indicators-year1-${username}-desktop`);
    await page.context().close();
  });

  it('the 广州 officer does not find it, not even by its address', async () => {
    const page = await server.openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.goto('/workspace/creation-objects');
    await seeText(page, '没有创建对象');
    await page.goto(`/workspace/creation-objects/${server.seeded.platformId}`);
    await seeText(page, '未找到该创建对象，或您无权查看');
    expect(await page.getByText(PLATFORM).count()).toBe(0);
    await screenshot(page, 'creation-indicators-other-city-desktop');
    await page.context().close();
  });

  it('on a 375 px phone the dashboard is a list of cards without sideways scrolling', async () => {
    const page = await server.openPage(browser, PHONE);
    await logIn(page, 'city.sg');
    await page.goto(`/workspace/creation-objects/${server.seeded.platformId}?tab=indicators`);
    await chooseWindow(page, '第一年', '2026-01-05 至 2027-01-04');
    await seeText(page, '实际值：4家');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'creation-indicators-year1-phone');
    await page.goto('/workspace/creation-objects');
    await seeText(page, BASE);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'creation-objects-list-phone');
    await page.context().close();
  });
});
