// Journey (Art. 7(3): 初次验收未通过的，允许延长1年创建期，再次验收未通过的退出创建活动; ADR 0015): a new 广州
// operator's platform is a creation object from 2023-06-12 to 2025-06-12. It applies on the last day; the province
// starts the review the next day, an expert gives a failing opinion, and the province decides 不通过 with a reason:
// the operator, on a phone, reads 首次验收未通过，创建期延长至2026-06-12 and a second application it cannot submit
// before that day. On 2026-06-12 it applies again on a desktop; on Monday 06-15 the second review fails too: the
// object has 已退出创建, and the operator's tab shows both attempts with their reasons.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptanceStatus,
  addAcceptanceExpert,
  deactivateExpert,
  decideInUi,
  giveOpinionOverApi,
  startReviewWithExpertOverApi,
  submitAcceptanceInUi,
  submitAcceptanceOverApi,
} from './support/acceptance-setup';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { openCreationObjectTab, seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市延期验收示范服务平台${Date.now().toString(36)}`;
const FIRST_REASON = '服务企业数量未达到认定标准（年服务3000家以上），线下服务拓展不足，验收不通过。';
const SECOND_REASON = '延长期内服务企业数量仍未达到认定标准，汇聚服务资源不足，再次验收不通过。';

let browser: Browser;
let seeded: SeededCreationObject;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
}, 180_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

/** The province opens the object's acceptance page and decides 不通过 with the reason, reading the warning first. */
async function failInUi(attempt: 1 | 2, reason: string, warning: string): Promise<void> {
  const page = await openPage(browser, DESKTOP);
  await logIn(page, 'province');
  await page.goto(`/workspace/acceptance/${seeded.id}`);
  const current = page.getByRole('region', { name: `第${attempt}次评估验收` });
  await expect.poll(() => current.getByRole('list', { name: '专家意见' }).innerText()).toContain('建议不通过');
  await page.getByRole('form', { name: '验收结论' }).getByLabel(/^不通过$/).check();
  await seeText(page, warning);
  await decideInUi(page, 'failed', reason);
  await expect.poll(() => current.getByRole('status', { name: '验收结论' }).innerText()).toMatch(new RegExp(`第${attempt}次评估验收：验收未通过[\\s\\S]*${reason}`));
  await screenshot(page, `extension-exit-decided-${attempt}-desktop`);
  await page.context().close();
}

describe('a failed acceptance extends the period once; a second failure ends creation', () => {
  it('the first acceptance is decided 不通过 with a reason', async () => {
    setServerTime('2025-06-12T10:00');
    await submitAcceptanceOverApi(seeded, '创建期内建成线上服务平台，服务中小企业2100家。');
    setServerTime('2025-06-13T10:00');
    const expert = await addAcceptanceExpert('2025-06-13');
    await startReviewWithExpertOverApi(seeded.id, expert);
    await giveOpinionOverApi(expert, 'fail', '服务企业数量和线下服务未达到认定标准，建议不通过。');
    await failInUi(1, FIRST_REASON, '首次验收未通过，创建期将延长1年');
    await deactivateExpert(expert);
  });

  it('the operator, on a phone, reads the extension to 2026-06-12 and cannot apply again before that day', async () => {
    setServerTime('2025-06-13T15:00');
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=acceptance`);
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('首次验收未通过，创建期延长至2026-06-12；届满当日起可再次申请评估验收');
    await expect.poll(() => page.getByRole('region', { name: '第1次评估验收' }).innerText()).toMatch(new RegExp(`验收未通过[\\s\\S]*${FIRST_REASON}`));
    const form = page.getByRole('form', { name: '评估验收申请' });
    await seeText(page, '第2次评估验收申请');
    expect(await form.getByRole('button', { name: '提交评估验收申请' }).isDisabled()).toBe(true);
    await seeText(page, '创建期届满当日（2026-06-12）起可提交');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'extension-exit-extended-phone');
    await page.context().close();
  });

  it('on the new last day the operator applies again', async () => {
    setServerTime('2026-06-12T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '评估验收');
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('首次验收未通过，创建期延长至2026-06-12，今日届满，可再次申请评估验收');
    await submitAcceptanceInUi(page, '延长期内新增线下服务站3个，累计服务中小企业2900家。', ['延长期内服务中小企业2900家。', '满意度93%。'], '延长期工作总结.pdf');
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('已再次申请评估验收');
    await expect.poll(() => page.getByRole('region', { name: '第2次评估验收' }).innerText()).toMatch(/已申请验收[\s\S]*2900家[\s\S]*延长期工作总结\.pdf/);
    await screenshot(page, 'extension-exit-second-submitted-desktop');
    await page.context().close();
  });

  it('the second acceptance is decided 不通过: the object has 已退出创建', async () => {
    setServerTime('2026-06-15T10:00');
    const expert = await addAcceptanceExpert('2026-06-15');
    await startReviewWithExpertOverApi(seeded.id, expert);
    await giveOpinionOverApi(expert, 'fail', '延长期内仍未达到认定标准，建议不通过。');
    await failInUi(2, SECOND_REASON, '延期后再次验收未通过，将退出创建活动');
    await deactivateExpert(expert);
  });

  it('the operator’s tab shows both attempts with their reasons, and the object reads 已退出创建', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto('/workspace/creation-objects');
    await expect.poll(() => page.getByRole('list', { name: '创建对象列表' }).getByRole('listitem').filter({ hasText: NAME }).innerText()).toContain('已退出创建');
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=acceptance`);
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('延期后再次验收未通过，已退出创建活动');
    await expect.poll(() => page.getByRole('region', { name: '第2次评估验收' }).innerText()).toMatch(new RegExp(`第2次评估验收：验收未通过[\\s\\S]*${SECOND_REASON}`));
    await expect.poll(() => page.getByRole('region', { name: '第1次评估验收' }).innerText()).toMatch(new RegExp(`第1次评估验收：验收未通过[\\s\\S]*${FIRST_REASON}`));
    expect(await page.getByRole('form', { name: '评估验收申请' }).count()).toBe(0);
    // Newest first: the second attempt above the first.
    const titles = await page.getByRole('region', { name: /^第\d次评估验收$/ }).evaluateAll((regions) => regions.map((r) => r.getAttribute('aria-label')));
    expect(titles).toEqual(['第2次评估验收', '第1次评估验收']);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'extension-exit-exited-phone');
    await page.context().close();
  });
});
