// Journey: 地市初审 (Art. 7(1)). Three 广州 organisations submit to the 2019 call through the API; the 广州 officer
// returns one for revision (the reason is required beside the field), recommends the other two as a batch after
// the preview shows the 推荐名额 arithmetic, and downloads the Excel list; on an application's page a decision a
// colleague made first is refused with the Chinese message; the queue on a 375 px phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { clickUntil } from './support/forms';
import { apiLogIn, apiPost, publishCall, submitGuangzhouApplication } from './support/review-setup';

const NAMES = ['天河区中小企业数字化服务平台', '海珠区中小企业综合服务平台', '黄埔区专精特新服务平台'] as const;
const CONTESTED = '从化区中小企业服务站平台';
let browser: Browser;
let callId: string;
let contestedId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  callId = await publishCall(2019, { cityCaps: { '440100': 5 } });
  for (const name of NAMES) await submitGuangzhouApplication(callId, name);
  contestedId = (await submitGuangzhouApplication(callId, CONTESTED)).id;
}, 120_000);
afterAll(async () => browser?.close());

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

describe('初审推荐', () => {
  it('city.gz returns one application with a reason and recommends two through the batch preview', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.getByRole('menuitem', { name: '初审推荐' }).click();
    await page.waitForURL(/\/workspace\/city-review/);
    await page.goto(`/workspace/city-review?callId=${callId}`);
    for (const name of NAMES) await expect.poll(() => page.getByRole('link', { name }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('剩余5个').isVisible()).toBe(true);
    await screenshot(page, 'city-review-queue-desktop');

    await rowOf(page, NAMES[0]).getByRole('button', { name: '办理' }).click();
    const dialog = page.getByRole('dialog');
    await clickUntil(dialog.getByText('退回修改', { exact: true }), () => dialog.getByLabel('退回理由').isVisible(), '退回修改');
    await dialog.getByRole('button', { name: '确认退回修改' }).click();
    await expect.poll(() => dialog.getByText('请填写退回修改的理由').isVisible()).toBe(true);
    await screenshot(page, 'city-review-return-reason-required');
    await dialog.getByLabel('退回理由').fill('审计报告未包含服务收支情况，请补充后重新提交');
    await dialog.getByRole('button', { name: '确认退回修改' }).click();
    await expect.poll(() => rowOf(page, NAMES[0]).getByText('退回修改').first().isVisible()).toBe(true);
    await expect.poll(() => rowOf(page, NAMES[0]).getByText('审计报告未包含服务收支情况').isVisible()).toBe(true);

    await page.getByRole('checkbox', { name: `选择${NAMES[1]}` }).check();
    await page.getByRole('checkbox', { name: `选择${NAMES[2]}` }).check();
    expect(await page.getByRole('checkbox', { name: `选择${NAMES[0]}` }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '批量推荐（2）' }).click();
    const preview = page.getByRole('dialog', { name: '批量推荐：确认推荐结果' });
    await expect.poll(() => preview.getByText('本次推荐 2 个。').isVisible()).toBe(true);
    expect(await preview.getByText('可推荐').count()).toBe(2);
    expect(await preview.getByText('剩余5个').isVisible()).toBe(true);
    await screenshot(page, 'city-review-batch-preview');
    await preview.getByRole('button', { name: '确认推荐' }).click();
    for (const name of NAMES.slice(1)) await expect.poll(() => rowOf(page, name).getByText('地市已推荐，待省级审核').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('剩余3个').isVisible()).toBe(true);
    await screenshot(page, 'city-review-after-batch');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出Excel').click()]);
    expect(download.suggestedFilename()).toBe('广州市2019年度初审推荐情况.xlsx');
    await page.context().close();
  });

  it('on the application page, a decision someone else made first is refused in Chinese and the page reloads', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.goto(`/workspace/applications/${contestedId}`);
    const recommend = page.getByRole('button', { name: '确认推荐' });
    await expect.poll(() => recommend.isVisible()).toBe(true);
    await screenshot(page, 'city-review-detail-panel');
    // Another 广州 officer rejects it meanwhile, with the lock version both of them saw.
    const colleague = await apiLogIn('city.gz');
    const queue = (await (await fetch(`${baseUrl()}/api/city-review/queue?callId=${callId}`, { headers: { cookie: colleague } })).json()) as { items: { id: string; lockVersion: number }[] };
    const lockVersion = queue.items.find((item) => item.id === contestedId)?.lockVersion;
    await apiPost(colleague, `/api/applications/${contestedId}/city-decision`, { lockVersion, decision: 'reject', reason: '运营主体为分支机构，不符合申报条件' });
    await recommend.click();
    await expect.poll(() => page.getByText('已被他人处理，当前状态为“地市初审未推荐”', { exact: false }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: '确认推荐' }).count()).toBe(0);
    await screenshot(page, 'city-review-detail-conflict');
    await page.context().close();
  });

  it('the queue on a 375 px phone: cards, no sideways scrolling', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'city.gz');
    await page.goto(`/workspace/city-review?callId=${callId}`);
    await expect.poll(() => page.getByRole('link', { name: NAMES[0] }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'city-review-queue-phone');
    await page.context().close();
  });
});
