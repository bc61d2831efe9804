// Journey: one 2022 annual call from publication to confirmed creation objects (Art. 7(1)(2), Art. 8), every step
// in the browser by the person who takes it. The province publishes the call; the demo applicant (A) and a newly
// registered 广州 organisation (B) apply through the wizard; 广州 returns A for revision, A revises and resubmits
// (第2版), 广州 recommends both; the province checks both, adds experts, draws two (the 广州 expert is avoided),
// the experts score; the province shortlists both and publishes the 公示 (2022-06-02 … 06-09: the Dragon Boat
// holiday on 06-03 and the weekend are skipped); a member of the public on a phone objects to B; the province finds
// it true (B withdrawn) and, after the window, confirms A (创建期 to 2024-06-10); the auditor reads A's page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../src/db/testing/builders';
import { DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { clickUntil, confirmWith, fillRegistration, pressUntilDone } from './support/forms';
import { OBJECTION_PDF, addExpert, applyInWizard, changeInitialPassword, publishCallInUi, reviseAndResubmit, scoreAssignment, seeText, type CriterionScores } from './support/whole-path-steps';

const YEAR = 2022;
const CALL_OPTION = '2022年度（申报时间 2022-03-01 至 2022-04-30）';
const A = '广州市天河区中小企业创新服务平台';
const B = '广州市增城区产业集群公共服务平台';
const RETURN_REASON = '审计报告未体现服务收支情况，请在基本情况中补充说明后重新提交';
const UPHELD_FINDING = '经核实，该平台年度服务企业名单中有大量重复统计，异议属实，不予确定为创建对象。';
const SUFFIX = Date.now().toString(36);
const ORG_B = { name: `广州市增城区中小企业服务中心${SUFFIX}`, username: `gz.whole${SUFFIX}`, password: 'Zengcheng#Path2022' };
const EXPERTS = [
  { name: `佛山专家${SUFFIX}`, city: '佛山市', username: `fs.whole${SUFFIX}` },
  { name: `深圳专家${SUFFIX}`, city: '深圳市', username: `sz.whole${SUFFIX}` },
  { name: `广州专家${SUFFIX}`, city: '广州市', username: `gz.expert${SUFFIX}` },
];
// Two experts, each scoring both applications: totals 77 and 78.5, so the mean shows 77.75.
const SCORES: CriterionScores[] = [
  { 创建内容: 8, 创新特色: 7, 示范引领: 9, 实施路径: 6, 预期导向: 10, 保障协同: 5 },
  { 创建内容: 9, 创新特色: 8, 示范引领: 8, 实施路径: 7, 预期导向: 8, 保障协同: 6 },
];

let browser: Browser;
let callId = '';
let idA = '';
let idB = '';
let noticePath = '';
const oneTimePasswords: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

async function as(username: string, viewport = DESKTOP, password?: string): Promise<Page> {
  const page = await openPage(browser, viewport);
  await logIn(page, username, password);
  return page;
}

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

/** What the API says, for the facts no page shows (the state names are asserted on the pages). */
async function stateSeenBy(page: Page, id: string): Promise<{ state: string; versions: unknown[] }> {
  return page.evaluate(async (url) => (await fetch(url)).json(), `${baseUrl()}/api/applications/${id}`);
}

describe('一个年度的完整流程（2022年度）', () => {
  it('1 the province publishes the 2022 call in the editor', async () => {
    setServerTime('2022-02-21T09:00');
    const page = await as('province');
    callId = await publishCallInUi(page, { year: YEAR, opensOn: '2022-03-01', closesOn: '2022-04-30', cityReviewDeadline: '2022-05-31', quota: 30, guangzhouCap: 2 });
    await expect.poll(() => page.getByRole('row').filter({ hasText: '广州市' }).first().innerText()).toMatch(/2/);
    await screenshot(page, 'whole-path-01-call-published');
    await page.context().close();
  }, 90_000);

  it('2 applicant A fills the wizard with real files, submits and sees the number', async () => {
    setServerTime('2022-03-15T10:00');
    const page = await as('applicant');
    idA = await applyInWizard(page, CALL_OPTION, A, '天河区');
    await seeText(page, /申报编号：GD2022-440100-\d{4}/);
    await seeText(page, '已提交，待地市初审');
    await seeText(page, '第1版');
    await screenshot(page, 'whole-path-02-a-submitted');
    await page.context().close();
  }, 150_000);

  it('3 a second 广州 organisation registers on the public page, logs in, applies and submits', async () => {
    const page = await openPage(browser, DESKTOP);
    await page.goto('/');
    await page.getByRole('link', { name: '申报单位注册' }).first().click();
    await page.waitForURL(/\/register/);
    await fillRegistration(page, {
      creditCode: makeCreditCode('440100'),
      name: ORG_B.name,
      operatorKind: '事业单位',
      city: '广州市',
      childLabel: '所在区县',
      child: '增城区',
      establishedOn: '2015-06-18',
      contactName: '陈静',
      phone: '13800138000',
      username: ORG_B.username,
      password: ORG_B.password,
    });
    await page.getByRole('button', { name: /注册/ }).last().click();
    await seeText(page, '注册成功');
    await page.getByRole('link', { name: /登录/ }).last().click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('密码').fill(ORG_B.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/workspace/);
    idB = await applyInWizard(page, CALL_OPTION, B, '增城区');
    await seeText(page, /申报编号：GD2022-440100-\d{4}/);
    await seeText(page, ORG_B.name);
    await screenshot(page, 'whole-path-03-b-submitted');
    await page.context().close();
  }, 150_000);

  it('4 city.gz returns A for revision with a reason', async () => {
    setServerTime('2022-04-06T10:00');
    const page = await as('city.gz');
    await page.getByRole('menuitem', { name: '初审推荐' }).click();
    await page.goto(`/workspace/city-review?callId=${callId}`);
    await expect.poll(() => page.getByRole('link', { name: A }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: B }).isVisible()).toBe(true);
    await rowOf(page, A).getByRole('button', { name: '办理' }).click();
    const dialog = page.getByRole('dialog');
    await clickUntil(dialog.getByText('退回修改', { exact: true }), () => dialog.getByLabel('退回理由').isVisible(), '退回修改');
    await dialog.getByLabel('退回理由').fill(RETURN_REASON);
    await confirmWith(page, '确认退回修改');
    await expect.poll(() => rowOf(page, A).getByText('退回修改').first().isVisible()).toBe(true);
    await screenshot(page, 'whole-path-04-a-returned');
    await page.context().close();
  });

  it('5 applicant A finds the reason through the bell, revises and resubmits: 第2版', async () => {
    setServerTime('2022-04-07T15:00');
    const page = await as('applicant');
    await seeText(page, '按退回意见修改申报');
    const bell = page.getByRole('button', { name: /消息通知，\d+条未读/ });
    await expect.poll(() => bell.isVisible()).toBe(true);
    await bell.click();
    await page.waitForURL(/\/workspace\/notifications$/);
    const message = page.getByRole('listitem').filter({ hasText: `申报“${A}”被退回修改` });
    await expect.poll(() => message.getByText(`退回理由：${RETURN_REASON}`).isVisible()).toBe(true);
    await screenshot(page, 'whole-path-05-a-notification');
    await message.getByRole('button', { name: '查看' }).click();
    await page.waitForURL(new RegExp(`/workspace/applications/${idA}$`));
    await seeText(page, '退回修改');
    await seeText(page, `理由：${RETURN_REASON}`);
    await reviseAndResubmit(page, '年度审计报告已单列服务收支情况。');
    await seeText(page, '已提交，待地市初审');
    await seeText(page, '第2版');
    expect((await stateSeenBy(page, idA)).versions).toHaveLength(2);
    await screenshot(page, 'whole-path-06-a-resubmitted-v2');
    await page.context().close();
  }, 120_000);

  it('6 city.gz recommends both through the batch preview', async () => {
    setServerTime('2022-04-08T10:00');
    const page = await as('city.gz');
    await page.goto(`/workspace/city-review?callId=${callId}`);
    await expect.poll(() => page.getByText('剩余2个').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: `选择${A}` }).check();
    await page.getByRole('checkbox', { name: `选择${B}` }).check();
    await page.getByRole('button', { name: '批量推荐（2）' }).click();
    const preview = page.getByRole('dialog', { name: '批量推荐：确认推荐结果' });
    await expect.poll(() => preview.getByText('本次推荐 2 个。').isVisible()).toBe(true);
    expect(await preview.getByText('可推荐').count()).toBe(2);
    await screenshot(page, 'whole-path-07-city-batch-preview');
    await confirmWith(page, '确认推荐');
    for (const name of [A, B]) await expect.poll(() => rowOf(page, name).getByText('地市已推荐，待省级审核').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('剩余0个').isVisible()).toBe(true);
    await screenshot(page, 'whole-path-08-city-recommended');
    await page.context().close();
  });

  it('7 the province records the formal check of both and adds three experts', async () => {
    setServerTime('2022-05-16T10:00');
    const page = await as('province');
    await page.getByRole('menuitem', { name: '省级审核' }).click();
    await page.goto(`/workspace/province-review?callId=${callId}`);
    for (const name of [A, B]) {
      await expect.poll(() => page.getByRole('link', { name }).isVisible()).toBe(true);
      await rowOf(page, name).getByRole('button', { name: '形式审查' }).click();
      await pressUntilDone(page.getByRole('dialog'), '保存形式审查', () => rowOf(page, name).getByText('通过', { exact: true }).isVisible());
    }
    await screenshot(page, 'whole-path-09-formal-check');

    await page.getByRole('menuitem', { name: '评审专家库' }).click();
    await page.waitForURL(/\/workspace\/experts$/);
    for (const expert of EXPERTS) oneTimePasswords[expert.username] = await addExpert(page, expert, { from: '2022-01-01', to: '2024-12-31' });
    await expect.poll(() => page.getByRole('cell', { name: EXPERTS[2]?.name }).isVisible()).toBe(true);
    expect(Object.values(oneTimePasswords).every((p) => p.length === 16)).toBe(true);
    await screenshot(page, 'whole-path-10-experts');
    await page.context().close();
  }, 120_000);

  it('8 the province puts both in a review group and draws two experts, the 广州 one avoided', async () => {
    const page = await as('province');
    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.getByLabel('年度通知').click();
    await page.locator(`.ant-select-item-option[title="${YEAR}年度"]`).click();
    for (const name of [A, B]) await page.getByRole('checkbox', { name: new RegExp(name) }).check();
    await page.getByLabel('抽取专家人数').fill('2');
    await page.getByRole('button', { name: '建立评审组' }).click();
    await page.getByRole('button', { name: /抽取专家（2名）/ }).click();
    await expect.poll(() => page.getByTestId('draw-seed').isVisible()).toBe(true);
    await seeText(page, `${EXPERTS[2]?.name}：与申报单位同一地市`);
    // In 2022 only this journey's experts are within their terms, so the two from outside 广州 are drawn.
    for (const expert of EXPERTS.slice(0, 2)) await seeText(page, new RegExp(`^${expert.name}（`));
    await expect.poll(() => page.getByText('0/2').first().isVisible()).toBe(true);
    await screenshot(page, 'whole-path-11-drawn');
    await page.context().close();
  });

  it('9 each drawn expert changes the one-time password, declares no conflict and scores both', async () => {
    for (const [index, expert] of EXPERTS.slice(0, 2).entries()) {
      // The first expert works on a phone, the second at a desk.
      const page = await as(expert.username, index === 0 ? PHONE : DESKTOP, oneTimePasswords[expert.username]);
      await changeInitialPassword(page, oneTimePasswords[expert.username] as string, `Expert#Whole${index}2022`);
      for (const name of [A, B]) {
        const title = await scoreAssignment(page, name, SCORES[index] as CriterionScores);
        expect(title).toContain(index === 0 ? '总分 77' : '总分 78.5');
      }
      if (index === 0) expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `whole-path-12-expert-${index + 1}-submitted-${index === 0 ? 'phone' : 'desktop'}`);
      await page.context().close();
    }
  }, 150_000);

  it('10 the province sees the review complete and shortlists both through the preview', async () => {
    const page = await as('province');
    await page.goto('/workspace/expert-review');
    await page.getByLabel('年度通知').click();
    await page.locator(`.ant-select-item-option[title="${YEAR}年度"]`).click();
    const progress = page.getByRole('region', { name: '评审进度' });
    await expect.poll(() => progress.getByText('已提交').count()).toBe(4);
    const summary = page.getByRole('region', { name: '评审汇总' });
    for (const name of [A, B]) await expect.poll(() => summary.getByRole('row').filter({ hasText: name }).innerText()).toMatch(/2\/2\s+77\.75/);
    await screenshot(page, 'whole-path-13-review-summary');

    await page.goto(`/workspace/province-review?callId=${callId}`);
    for (const name of [A, B]) await page.getByRole('checkbox', { name: `选择${name}` }).check();
    await page.getByRole('button', { name: '确定拟创建对象（2）' }).click();
    const preview = page.getByRole('dialog', { name: '确定拟创建对象' });
    await expect.poll(() => preview.getByText('可确定', { exact: true }).count()).toBe(2);
    await screenshot(page, 'whole-path-14-shortlist-preview');
    await confirmWith(page, '确认确定');
    for (const name of [A, B]) await expect.poll(() => rowOf(page, name).getByText('拟创建对象').isVisible()).toBe(true);
    await page.context().close();
  }, 90_000);

  it('11 the province publishes the 公示: five working days around the Dragon Boat holiday', async () => {
    setServerTime('2022-06-02T09:30');
    const page = await as('province');
    await page.getByRole('menuitem', { name: '公示与异议' }).click();
    await page.getByRole('link', { name: '发布拟创建对象公示' }).click();
    await page.getByLabel('年度创建工作通知').click();
    await page.getByTitle(/^2022年度/).click();
    await seeText(page, '2022-06-02 至 2022-06-09（5个工作日）');
    for (const name of [A, B]) await seeText(page, name);
    expect(await page.getByText(/评分|得分|排名/).count()).toBe(0);
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.waitForURL(/\/workspace\/notices\/[0-9a-f-]{36}$/);
    noticePath = new URL(page.url()).pathname.replace('/workspace', '');
    await seeText(page, '期满后方可确定创建对象');
    await screenshot(page, 'whole-path-15-notice-published');
    await page.context().close();
  });

  it('12 a member of the public on a phone objects to B with a PDF and gets a receipt', async () => {
    setServerTime('2022-06-06T20:00');
    const page = await openPage(browser, PHONE);
    await page.goto('/');
    await page.getByRole('link', { name: '公示公告' }).click();
    await page.getByText('2022年度广东省中小企业公共服务示范平台（基地）拟创建对象公示').click();
    await seeText(page, '2022-06-02 至 2022-06-09（5个工作日，截至2022-06-09 24时）');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'whole-path-16-public-notice-phone');
    await page.getByLabel('异议对象').selectOption({ label: B });
    await page.getByLabel('异议事实和理由').fill('该平台申报的年度服务企业数量中有大量重复统计的企业，与实际服务情况不符。');
    await page.locator('input[type=file]').setInputFiles(OBJECTION_PDF);
    await page.getByLabel('真实姓名').fill('李文');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByRole('button', { name: '提交异议' }).click();
    const receipt = page.getByTestId('receipt-number');
    await expect.poll(() => receipt.isVisible()).toBe(true);
    expect((await receipt.textContent())?.trim()).toMatch(/^YY-20220606-[0-9A-Z]{6}$/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'whole-path-17-objection-receipt-phone');
    await page.context().close();
  });

  it('13 the province upholds the objection (B withdrawn) and, after the window, confirms A', async () => {
    setServerTime('2022-06-07T10:00');
    let page = await as('province');
    await page.goto(`/workspace${noticePath}`);
    await seeText(page, '李文');
    await expect.poll(() => page.getByRole('link', { name: '异议证明材料.pdf' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '确认创建对象' }).isDisabled()).toBe(true);
    await page.getByLabel('属实（不予确定）').check();
    await page.getByLabel('核实情况').fill(UPHELD_FINDING);
    await page.getByRole('button', { name: '提交核实结论' }).click();
    await seeText(page, '异议属实，不予确定');
    await screenshot(page, 'whole-path-18-objection-upheld');
    await page.goto(`/workspace/applications/${idB}`);
    await seeText(page, '已撤回或公示异议属实');
    await page.context().close();

    setServerTime('2022-06-10T09:00');
    page = await as('province');
    await page.goto(`/workspace${noticePath}`);
    const confirm = page.getByRole('button', { name: '确认创建对象' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await seeText(page, `${A}：创建期至2024-06-10`);
    await screenshot(page, 'whole-path-19-confirmed');
    await page.context().close();
  }, 90_000);

  it('14 the public notice shows the outcomes; the auditor reads A without any action', async () => {
    const phone = await openPage(browser, PHONE);
    await phone.goto(noticePath);
    await seeText(phone, '已确定为创建对象');
    await seeText(phone, UPHELD_FINDING);
    expect(await phone.getByText('李文').count()).toBe(0);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'whole-path-20-public-outcomes-phone');
    await phone.context().close();

    const page = await as('auditor');
    // 申报查询 lists both, neutral order, and opens A's read-only page.
    await page.getByRole('link', { name: '申报查询' }).first().click();
    await page.locator('.ant-select', { has: page.getByLabel('年度', { exact: true }) }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('2022年度', { exact: true }).click();
    await seeText(page, B);
    await screenshot(page, 'whole-path-21a-auditor-search');
    await page.getByRole('link', { name: A }).click();
    await page.waitForURL(`**/workspace/applications/${idA}`);
    await expect.poll(() => page.locator('.application-detail .ant-tag', { hasText: '创建期' }).first().isVisible()).toBe(true);
    await seeText(page, '第2版');
    await seeText(page, '创建期至2024-06-10');
    await seeText(page, `理由：${RETURN_REASON}`);
    expect(await page.locator('.application-detail').getByRole('button').count()).toBe(0);
    expect(await page.getByText('办理', { exact: true }).count()).toBe(0);
    expect((await stateSeenBy(page, idA)).state).toBe('creating');
    await screenshot(page, 'whole-path-21-auditor-read-only');
    await page.context().close();
  });
});
