// Journey (F4 items 2(b) and 5; Art. 13): a new 广州 operator's platform is a creation object from 2023-06-12, so its
// first half year ends on 2023-12-11 and is due by 2024-01-11. On 2023-12-20 the operator opens 创建期管理 → the
// platform → 进展报告, submits the first half-year report with its progress on each plan goal; the 广州 city officer
// reads it and comments; the operator sees the comment. Then the operator makes an API key under 数据接口 (shown once,
// with a copy button and a warning), the journey pushes one service record with it over HTTP, and the operator sees
// the push in 数据导入's history and the key's last use; after revoking the key, the same push is refused with 401.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { openCreationObjectTab, seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市进展报告示范服务平台${Date.now().toString(36)}`;
const NARRATIVE = '本半年完成线上服务大厅一期建设，开展专精特新培育活动4场，累计服务中小企业1260家。';
const COMMENT = '进展符合创建方案，请加快移动端入口建设。';

let browser: Browser;
let seeded: SeededCreationObject;
let pushKey = '';

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
  setServerTime('2023-12-20T10:00');
}, 120_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

const firstHalf = (page: Page) => page.getByRole('region', { name: '第1个半年' });

function pushServiceRecord(key: string) {
  return fetch(`${baseUrl()}/api/v1/creation-data/serviceRecords`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      records: [
        {
          externalId: 'PUSH-0001',
          creditCode: '914403001922038216',
          enterpriseName: '华为技术有限公司',
          divisionCode: '440106',
          serviceItem: '管理咨询',
          serviceDate: '2023-12-01',
          channel: '线上',
          satisfaction: 5,
        },
      ],
    }),
  });
}

describe('half-year progress reports', () => {
  it('the operator submits the first half-year report with progress on each plan goal', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '进展报告');
    await expect.poll(() => firstHalf(page).innerText()).toMatch(/待提交[\s\S]*2023-06-12 至 2023-12-11/);
    expect(await page.getByRole('region', { name: '第2个半年' }).innerText()).toContain('未到期');

    await firstHalf(page).getByLabel('工作进展情况').fill(NARRATIVE);
    await firstHalf(page).getByLabel(/创建目标1（服务企业情况）/).fill('已服务中小企业1260家，完成年度目标的42%。');
    await firstHalf(page).getByLabel(/创建目标2（服务满意度情况）/).fill('回收满意度问卷320份，满意率88%。');
    await firstHalf(page).getByRole('button', { name: '提交第1个半年进展报告' }).click();

    await seeText(page, '第1个半年的进展报告已提交');
    await expect.poll(() => firstHalf(page).innerText()).toMatch(/已提交[\s\S]*工作进展情况[\s\S]*1260家[\s\S]*地市主管部门尚未填写意见/);
    await screenshot(page, 'progress-report-submitted-desktop');
    await page.context().close();
  });

  it('the 广州 city officer reads the report and comments once', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'city.gz');
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=progress-reports`);
    await expect.poll(() => firstHalf(page).innerText()).toContain(NARRATIVE);
    await firstHalf(page).getByLabel('地市意见', { exact: true }).fill(COMMENT);
    await firstHalf(page).getByRole('button', { name: '提交地市意见' }).click();
    await seeText(page, '地市意见已提交');
    await expect.poll(() => firstHalf(page).getByRole('note', { name: '地市意见' }).innerText()).toContain(COMMENT);
    expect(await firstHalf(page).getByRole('button', { name: '提交地市意见' }).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'progress-report-city-comment-phone');
    await page.context().close();
  });

  it('the operator sees the city’s comment', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '进展报告');
    await expect.poll(() => firstHalf(page).getByRole('note', { name: '地市意见' }).innerText()).toContain(COMMENT);
    await page.context().close();
  });
});

describe('the push API', () => {
  it('the operator creates a key and sees it once, with a copy button and a warning', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '数据接口');
    await page.getByLabel('密钥用途').fill('服务管理系统对接');
    await page.getByRole('button', { name: '创建密钥' }).click();
    const shown = page.getByRole('alert').filter({ hasText: '请立即复制保存' });
    await expect.poll(() => shown.innerText()).toContain('密钥只显示这一次');
    pushKey = (await shown.locator('code').first().innerText()).trim();
    expect(pushKey).toMatch(/^sfk_[a-z2-7]{32}$/);
    expect(await shown.getByRole('button', { name: '复制密钥' }).count()).toBe(1);
    const keys = page.getByRole('region', { name: '数据接口密钥' });
    await expect.poll(() => keys.getByRole('row').filter({ hasText: '服务管理系统对接' }).innerText()).toMatch(new RegExp(`${pushKey.slice(0, 12)}[\\s\\S]*有效[\\s\\S]*从未使用`));
    expect(await page.getByRole('region', { name: '接口说明' }).innerText()).toContain('curl -X POST');
    await screenshot(page, 'api-key-created-desktop');
    await page.context().close();
  });

  it('one record pushed with the key appears in the import history, and the key shows its last use', async () => {
    const response = await pushServiceRecord(pushKey);
    const result = (await response.json()) as { acceptedRows: number; problems: unknown[] };
    expect(response.status, JSON.stringify(result)).toBe(201);
    expect(result).toMatchObject({ acceptedRows: 1, problems: [] });

    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '数据导入');
    const history = page.getByRole('region', { name: '导入记录' });
    await expect.poll(() => history.getByRole('row').filter({ hasText: '接口' }).innerText()).toMatch(/服务记录[\s\S]*接口[\s\S]*共1 · 导入1/);
    await page.getByRole('tab', { name: '数据接口' }).click();
    const row = page.getByRole('region', { name: '数据接口密钥' }).getByRole('row').filter({ hasText: '服务管理系统对接' });
    await expect.poll(() => row.innerText()).not.toContain('从未使用');

    await row.getByRole('button', { name: /吊\s*销/ }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /吊\s*销/ }).click();
    await expect.poll(() => row.innerText()).toContain('已吊销');
    await screenshot(page, 'api-key-revoked-desktop');
    expect((await pushServiceRecord(pushKey)).status).toBe(401);
    await page.context().close();
  });
});
