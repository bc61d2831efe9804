// Journey: 省级审核 (Art. 7(2)). Two 广州 applications to the 2020 call are submitted, recommended and reviewed by
// an expert through the API; the province records a formal check for one, sees in the shortlist preview that the unchecked one cannot
// be shortlisted, shortlists the checked one, rejects the other with a reason and downloads the internal review
// export; the review list on a 375 px phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { pressUntilDone } from './support/forms';
import { apiLogIn, apiPost, publishCall, reviewByOneExpert, submitGuangzhouApplication } from './support/review-setup';

const NAMES = ['越秀区中小企业公共服务平台', '番禺区产业集群服务基地平台'] as const;
let browser: Browser;
let callId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  callId = await publishCall(2020, { creationQuota: 2 });
  const city = await apiLogIn('city.gz');
  const ids: string[] = [];
  for (const name of NAMES) {
    const { id } = await submitGuangzhouApplication(callId, name);
    // The city reads the lock version from its queue, as the officer's page does.
    const queue = await fetch(`${baseUrl()}/api/city-review/queue?callId=${callId}`, { headers: { cookie: city } }).then((r) => r.json() as Promise<{ items: { id: string; lockVersion: number }[] }>);
    const item = queue.items.find((i) => i.id === id);
    await apiPost(city, `/api/applications/${id}/city-decision`, { lockVersion: item?.lockVersion, decision: 'recommend' });
    ids.push(id);
  }
  // Art. 7(2): no 拟创建对象 without 专家评审.
  await reviewByOneExpert(callId, ids);
}, 120_000);
afterAll(async () => browser?.close());

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

describe('省级审核', () => {
  it('the province checks, previews, shortlists one, rejects the other and exports the review details', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '省级审核' }).click();
    await page.waitForURL(/\/workspace\/province-review/);
    await page.goto(`/workspace/province-review?callId=${callId}`);
    for (const name of NAMES) await expect.poll(() => page.getByRole('link', { name }).isVisible()).toBe(true);

    await rowOf(page, NAMES[0]).getByRole('button', { name: '形式审查' }).click();
    await pressUntilDone(page.getByRole('dialog'), '保存形式审查', () => rowOf(page, NAMES[0]).getByText('通过', { exact: true }).isVisible());
    await screenshot(page, 'province-review-list-desktop');

    await page.getByRole('checkbox', { name: `选择${NAMES[0]}` }).check();
    await page.getByRole('checkbox', { name: `选择${NAMES[1]}` }).check();
    await page.getByRole('button', { name: '确定拟创建对象（2）' }).click();
    const preview = page.getByRole('dialog', { name: '确定拟创建对象' });
    await expect.poll(() => preview.getByText('尚未进行形式审查').isVisible()).toBe(true);
    expect(await preview.getByText('可确定', { exact: true }).count()).toBe(1);
    expect(await preview.getByRole('button', { name: '确认确定' }).isDisabled()).toBe(true);
    await screenshot(page, 'province-review-shortlist-preview-refused');
    await preview.getByRole('button', { name: '取消' }).click();

    await page.getByRole('checkbox', { name: `选择${NAMES[1]}` }).uncheck();
    await page.getByRole('button', { name: '确定拟创建对象（1）' }).click();
    const second = page.getByRole('dialog', { name: '确定拟创建对象' });
    await expect.poll(() => second.getByText('剩余2个').isVisible()).toBe(true);
    await second.getByRole('button', { name: '确认确定' }).click();
    await expect.poll(() => rowOf(page, NAMES[0]).getByText('拟创建对象').isVisible()).toBe(true);

    await rowOf(page, NAMES[1]).getByRole('button', { name: '不予通过' }).click();
    const reject = page.getByRole('dialog');
    await reject.getByLabel('不予通过理由').fill('创建方案目标不具体，难以考核');
    await pressUntilDone(reject, '确认不予通过', () => rowOf(page, NAMES[1]).getByText('省级审核未通过或不予确定').isVisible());
    await expect.poll(() => page.getByText('剩余1个').isVisible()).toBe(true);
    await screenshot(page, 'province-review-after-decisions');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出评审明细').click()]);
    expect(download.suggestedFilename()).toBe('2020年度评审明细（内部）.xlsx');
    await page.context().close();
  });

  it('the review list on a 375 px phone: cards, no sideways scrolling', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'province');
    await page.goto(`/workspace/province-review?callId=${callId}`);
    await expect.poll(() => page.getByRole('link', { name: NAMES[0] }).isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'province-review-phone');
    await page.context().close();
  });
});
