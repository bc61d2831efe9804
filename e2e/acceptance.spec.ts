// Journey (F5 item 1; Art. 7(3): 创建期满后，省工业和信息化厅组织评估验收): a new 广州 operator's platform is a creation
// object from 2023-06-12 to 2025-06-12. On the period's last day the operator opens 创建期管理 → the platform → 评估验收,
// writes its 创建工作总结 and one 目标完成情况 per plan goal, uploads a PDF and submits after confirming. Three days
// later the province finds it under 评估验收 (table on desktop, cards on a phone), opens it, reads the submission and
// starts the review, which freezes the indicator snapshot. When the expert side's routes exist, the province assigns
// a pool expert in the page, the expert declares and gives an opinion over HTTP, and the province decides 通过 with a
// reason; the operator then sees the outcome.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { chooseOption, confirmWith } from './support/forms';
import { openCreationObjectTab, seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { apiLogIn, apiPost } from './support/review-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市评估验收示范服务平台${Date.now().toString(36)}`;
const SUMMARY = '创建期内建成线上服务大厅，累计服务中小企业6500家，开展线下专题活动24场。';
const REASON = '对照认定标准和创建方案目标任务，各项指标达到要求，同意确定为拟认定对象。';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };

let browser: Browser;
let seeded: SeededCreationObject;
let reviewId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
}, 120_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

const status = (page: Page) => page.getByRole('status', { name: '评估验收状态' });

async function apiGet<T>(cookie: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text) as T;
}

describe('acceptance', () => {
  it('the operator writes and submits its acceptance application on the period’s last day', async () => {
    setServerTime('2025-06-12T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '评估验收');
    await expect.poll(() => status(page).innerText()).toContain('创建期至2025-06-12，今日届满，可申请评估验收');

    const form = page.getByRole('form', { name: '评估验收申请' });
    await form.getByLabel('创建工作总结').fill(SUMMARY);
    await form.getByLabel(/目标完成情况1（服务企业情况）/).fill('两年分别服务中小企业3200家和3300家。');
    await form.getByLabel(/目标完成情况2（服务满意度情况）/).fill('两年满意度分别为91%和93%。');
    await form.locator('input[type=file]').setInputFiles({ name: '创建期服务台账汇总.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => form.getByRole('list', { name: '佐证材料' }).innerText()).toContain('创建期服务台账汇总.pdf');
    // The upload saved the text typed so far.
    expect(await form.getByLabel('创建工作总结').inputValue()).toBe(SUMMARY);
    await screenshot(page, 'acceptance-form-desktop');

    await form.getByRole('button', { name: '提交评估验收申请' }).click();
    await confirmWith(page, '确定提交');
    await seeText(page, '评估验收申请已提交');
    await expect.poll(() => status(page).innerText()).toContain('已申请评估验收，待省工业和信息化厅组织评估验收');
    const attempt = page.getByRole('region', { name: '第1次评估验收' });
    await expect.poll(() => attempt.innerText()).toMatch(/已申请验收[\s\S]*创建工作总结[\s\S]*6500家[\s\S]*创建期服务台账汇总\.pdf/);
    expect(await page.getByRole('form', { name: '评估验收申请' }).count()).toBe(0);
    await screenshot(page, 'acceptance-submitted-desktop');
    await page.context().close();
  });

  it('the province finds it in the list, reads the submission and starts the review, freezing the snapshot', async () => {
    setServerTime('2025-06-15T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '评估验收' }).click();
    await page.waitForURL(/\/workspace\/acceptance$/);
    const row = page.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.innerText()).toMatch(/2025-06-12（已届满）[\s\S]*已申请验收[\s\S]*第1次 · 已申请验收/);
    await screenshot(page, 'acceptance-list-desktop');
    await row.getByRole('link', { name: NAME }).click();
    await page.waitForURL(/\/workspace\/acceptance\/[0-9a-f-]{36}$/);
    const attempt = page.getByRole('region', { name: '第1次评估验收' });
    await expect.poll(() => attempt.innerText()).toContain(SUMMARY);
    const evidence = attempt.getByRole('link', { name: '创建期服务台账汇总.pdf' });
    const download = await fetch(`${baseUrl()}${await evidence.getAttribute('href')}`, { headers: { cookie: await apiLogIn('province') } });
    expect(download.status).toBe(200);

    await page.getByRole('button', { name: '组织评估验收' }).click();
    await confirmWith(page, '确定组织');
    await seeText(page, '已组织评估验收，指标快照已固定');
    const snapshot = attempt.getByRole('region', { name: '验收指标快照' });
    await expect.poll(() => snapshot.innerText()).toMatch(/2025-06-15组织验收时固定的整个创建期（2023-06-12至2025-06-12）指标数据/);
    const header = await snapshot.locator('thead').innerText();
    expect(header).toMatch(/指标[\s\S]*创建标准要求[\s\S]*创建结果[\s\S]*认定标准要求[\s\S]*认定结果[\s\S]*实际值/);
    expect(await snapshot.getByRole('row').filter({ hasText: '服务企业情况' }).count()).toBe(1);
    await expect.poll(() => status(page).innerText()).toContain('省工业和信息化厅正在组织第1次评估验收');
    await expect.poll(() => attempt.innerText()).toContain('暂不能作出验收结论：尚无专家提交验收意见');
    await screenshot(page, 'acceptance-started-desktop');
    reviewId = (await apiGet<{ attempts: { id: string }[] }>(await apiLogIn('province'), `/api/creation-objects/${seeded.id}/acceptance`)).attempts[0]?.id ?? '';
    expect(reviewId).toMatch(/^[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('on a phone the list is cards and the review reads without sideways scrolling', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'province');
    await page.goto('/workspace/acceptance');
    const card = page.getByRole('list', { name: '评估验收列表' }).getByRole('listitem').filter({ hasText: NAME });
    await expect.poll(() => card.innerText()).toContain('评估验收中');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'acceptance-list-phone');
    await card.getByRole('link', { name: NAME }).click();
    await expect.poll(() => page.getByRole('region', { name: '验收指标快照' }).innerText()).toContain('服务企业情况');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'acceptance-review-phone');
    await page.context().close();
  });

  it('with an expert’s opinion the province decides 通过 with a reason, and the operator sees the outcome', async () => {
    const province = await apiLogIn('province');
    // The expert side (POST /api/acceptance-reviews/:reviewId/experts) is another part of F5: without it the
    // province cannot decide (no opinion), so the journey ends at the start.
    const probe = await fetch(`${baseUrl()}/api/acceptance-reviews/${reviewId}/experts`, { method: 'POST', headers: { ...HEADERS, cookie: province }, body: '{}' });
    if (probe.status === 404) return;

    const tag = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
    const username = `acc.exp${tag}`;
    const expertName = `验收专家${tag}`;
    // A one-day term and deactivation once done keep this expert out of every other journey's draw.
    const added = await apiPost<{ expert: { id: string }; initialPassword: string }>(
      province,
      '/api/experts',
      { name: expertName, field: '中小企业公共服务', employer: `汕头大学${tag}`, cityCode: '440500', termStartsOn: '2025-06-15', termEndsOn: '2025-06-15', username },
      201,
    );

    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto(`/workspace/acceptance/${seeded.id}`);
    const assign = page.getByRole('group', { name: '指派验收专家' });
    await chooseOption(page, '验收专家', `${expertName}（中小企业公共服务，汕头大学${tag}）`);
    await assign.getByRole('button', { name: '指派专家' }).click();
    await seeText(page, '已指派验收专家');
    await expect.poll(() => page.getByRole('list', { name: '专家意见' }).innerText()).toMatch(new RegExp(`专家1：${expertName}[\\s\\S]*待声明`));

    const once = await apiLogIn(username, added.initialPassword);
    const changed = await fetch(`${baseUrl()}/api/auth/password`, { method: 'POST', headers: { ...HEADERS, cookie: once }, body: JSON.stringify({ currentPassword: added.initialPassword, newPassword: 'Accept#Expert2025' }) });
    expect(changed.status, await changed.text()).toBe(204);
    const expert = await apiLogIn(username, 'Accept#Expert2025');
    const mine = await apiGet<{ items: { id: string }[] }>(expert, '/api/my-acceptance-reviews');
    const opinionId = mine.items[0]?.id ?? '';
    await apiPost(expert, `/api/my-acceptance-reviews/${opinionId}/declaration`, { declaration: 'none', note: '' });
    const { case: theCase } = await apiGet<{ case: { goals: unknown[]; indicatorsToJudge: { code: string }[] } }>(expert, `/api/my-acceptance-reviews/${opinionId}`);
    await apiPost(expert, `/api/my-acceptance-reviews/${opinionId}/opinion`, {
      indicatorJudgements: theCase.indicatorsToJudge.map((i) => ({ code: i.code, isMet: true, comment: '材料翔实，达到要求' })),
      goalJudgements: theCase.goals.map((_, goalIndex) => ({ goalIndex, achievement: 'met', comment: '已完成' })),
      conclusion: 'pass',
      comment: '创建目标全部完成，建议通过验收。',
    });

    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: '专家意见' }).innerText()).toMatch(/建议通过[\s\S]*创建目标全部完成/);
    const decision = page.getByRole('form', { name: '验收结论' });
    await decision.getByLabel(/通过（确定为拟认定对象）/).check();
    await decision.getByLabel('理由').fill(REASON);
    await decision.getByRole('button', { name: '提交验收结论' }).click();
    await confirmWith(page, '确定提交结论');
    await seeText(page, '验收结论已作出');
    await expect.poll(() => page.getByRole('status', { name: '验收结论' }).innerText()).toMatch(new RegExp(`第1次评估验收：验收通过[\\s\\S]*${REASON}`));
    await screenshot(page, 'acceptance-decided-desktop');
    await page.context().close();
    await apiPost(province, `/api/experts/${added.expert.id}/deactivate`, {});

    const operator = await openPage(browser, PHONE);
    await logIn(operator, seeded.username, seeded.password);
    await operator.goto(`/workspace/creation-objects/${seeded.id}?tab=acceptance`);
    await expect.poll(() => status(operator).innerText()).toContain('验收通过，已确定为拟认定对象');
    // The operator reads the outcome and its reason; the experts' opinions are the province's and the auditor's (ADR 0015).
    await expect.poll(() => operator.getByRole('status', { name: '验收结论' }).innerText()).toContain(REASON);
    expect(await operator.getByRole('list', { name: '专家意见' }).count()).toBe(0);
    expect(await operator.locator('body').innerText()).not.toContain(expertName);
    expect(await hasHorizontalOverflow(operator)).toBe(false);
    await screenshot(operator, 'acceptance-outcome-phone');
    await operator.context().close();
  });
});
