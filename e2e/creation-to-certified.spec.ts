// Journey (Art. 7(3)(4), Art. 8; ADR 0015): from 创建期 to 已认定. A new 广州 operator's platform is a creation object
// from 2023-06-12 to 2025-06-12 and imported 33 services in its first year. On the period's last day (Thu 2025-06-12)
// the operator writes its 评估验收 application on a desktop and submits it; the next day the province finds it under
// 评估验收, starts the review (the snapshot shows the 33 enterprises) and assigns a pool expert; the expert, on a
// 375 px phone, declares no conflict and gives an opinion; the province decides 通过 with a reason (拟认定对象). On
// Monday 2025-06-16 the province publishes the 拟认定公示 (to Fri 06-20); the public reads it on a phone; on Monday
// 06-23 the province publishes the 认定公告; the public opens it on a phone and reads the platform's certificate
// number; the operator's creation object reads 已认定.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptanceStatus, addAcceptanceExpert, deactivateExpert, decideInUi, givePassingOpinionInUi, importServiceRecords, submitAcceptanceInUi, type AcceptanceExpert } from './support/acceptance-setup';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { chooseOption, confirmWith } from './support/forms';
import { openCreationObjectTab, seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市认定全程示范服务平台${Date.now().toString(36)}`;
const SUMMARY = '创建期内建成线上服务大厅和线下服务站，累计服务中小企业6800家，开展专题培训30场。';
const EVIDENCE = '创建期工作总结及服务台账.pdf';
const REASON = '对照认定标准和创建方案目标任务，服务企业数量和满意度达到要求，专家意见为通过，同意确定为拟认定对象。';
const NOTICE_TITLE = '2025年广东省中小企业公共服务示范平台（基地）拟认定对象公示';
const ANNOUNCEMENT_TITLE = '关于认定2025年广东省中小企业公共服务示范平台（基地）的公告';

let browser: Browser;
let seeded: SeededCreationObject;
let expert: AcceptanceExpert;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
  expect(await importServiceRecords(seeded)).toBe(33);
}, 180_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

describe('from the creation period to 已认定', () => {
  it('on the period’s last day the operator writes its acceptance application and submits it', async () => {
    setServerTime('2025-06-12T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCreationObjectTab(page, NAME, '评估验收');
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('创建期至2025-06-12，今日届满，可申请评估验收');
    await submitAcceptanceInUi(page, SUMMARY, ['两年分别服务中小企业3300家和3500家。', '两年满意度分别为92%和94%。'], EVIDENCE);
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('已申请评估验收，待省工业和信息化厅组织评估验收');
    await expect.poll(() => page.getByRole('region', { name: '第1次评估验收' }).innerText()).toMatch(new RegExp(`已申请验收[\\s\\S]*6800家[\\s\\S]*${EVIDENCE}`));
    await screenshot(page, 'certified-path-1-submitted-desktop');
    await page.context().close();
  });

  it('the next day the province starts the review — the snapshot counts the imported enterprises — and assigns an expert', async () => {
    setServerTime('2025-06-13T09:30');
    expert = await addAcceptanceExpert('2025-06-13');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '评估验收' }).click();
    await page.waitForURL(/\/workspace\/acceptance$/);
    const row = page.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.innerText()).toMatch(/2025-06-12（已届满）[\s\S]*已申请验收/);
    await row.getByRole('link', { name: NAME }).click();
    await page.waitForURL(/\/workspace\/acceptance\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: '组织评估验收' }).click();
    await confirmWith(page, '确定组织');
    await seeText(page, '已组织评估验收，指标快照已固定');
    const snapshot = page.getByRole('region', { name: '验收指标快照' });
    await expect.poll(() => snapshot.innerText()).toContain('2025-06-13组织验收时固定的整个创建期（2023-06-12至2025-06-12）指标数据');
    expect(await snapshot.getByRole('row').filter({ hasText: '服务企业情况' }).innerText()).toMatch(/(?<![\d,])33家/);

    await chooseOption(page, '验收专家', expert.option);
    await page.getByRole('group', { name: '指派验收专家' }).getByRole('button', { name: '指派专家' }).click();
    await seeText(page, '已指派验收专家');
    await expect.poll(() => page.getByRole('list', { name: '专家意见' }).innerText()).toMatch(new RegExp(`专家1：${expert.name}[\\s\\S]*待声明`));
    await screenshot(page, 'certified-path-2-review-started-desktop');
    await page.context().close();
  });

  it('the expert, on a phone, declares no conflict and gives a passing opinion', async () => {
    setServerTime('2025-06-13T14:00');
    const page = await openPage(browser, PHONE);
    await logIn(page, expert.username, expert.password);
    await page.goto('/workspace/my-acceptance-reviews');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('button', { name: '声明无利害关系' }).click();
    await seeText(page, SUMMARY);
    await seeText(page, '指标测算结果（对照认定标准）');
    await givePassingOpinionInUi(page, '创建目标全部完成，服务企业数量和满意度达到认定标准，建议通过验收。');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'certified-path-3-opinion-phone');
    await page.context().close();
  });

  it('the province decides 通过 with a reason: a 拟认定对象', async () => {
    setServerTime('2025-06-13T16:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto(`/workspace/acceptance/${seeded.id}`);
    await expect.poll(() => page.getByRole('list', { name: '专家意见' }).innerText()).toMatch(/建议通过[\s\S]*建议通过验收/);
    await decideInUi(page, 'passed', REASON);
    await expect.poll(() => page.getByRole('status', { name: '验收结论' }).innerText()).toMatch(new RegExp(`第1次评估验收：验收通过[\\s\\S]*${REASON}`));
    await expect.poll(() => acceptanceStatus(page).innerText()).toContain('验收通过，已确定为拟认定对象');
    await screenshot(page, 'certified-path-4-decided-desktop');
    await page.context().close();
    await deactivateExpert(expert);
  });

  it('on Monday the province publishes the 拟认定公示, and the public reads it on a phone', async () => {
    setServerTime('2025-06-16T09:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.getByRole('menuitem', { name: '认定管理' }).click();
    await page.waitForURL(/\/workspace\/certification$/);
    await seeText(page, NAME);
    await page.getByRole('button', { name: '预览拟认定公示' }).click();
    await seeText(page, '2025-06-16 至 2025-06-20（5个工作日）');
    expect(await page.getByLabel('公示标题').inputValue()).toBe(NOTICE_TITLE);
    await page.getByRole('button', { name: '发布拟认定公示' }).click();
    await seeText(page, '公示期至2025-06-20（含当日）结束，期满后方可发文公告正式认定。');
    expect(await page.getByRole('button', { name: '发文公告正式认定' }).isDisabled()).toBe(true);
    await screenshot(page, 'certified-path-5-notice-published-desktop');
    await page.context().close();

    setServerTime('2025-06-18T20:00');
    const phone = await openPage(browser, PHONE);
    await phone.goto('/notices');
    await phone.getByText(NOTICE_TITLE).first().click();
    await seeText(phone, '拟认定对象公示');
    await seeText(phone, NAME);
    expect(await phone.getByText(/评分|得分|排名/).count()).toBe(0);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'certified-path-6-notice-public-phone');
    await phone.context().close();
  });

  it('after the 5 working days the province publishes the 认定公告', async () => {
    setServerTime('2025-06-23T09:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto('/workspace/certification');
    await page.getByRole('button', { name: '发文公告正式认定' }).click();
    await seeText(page, /认定公告已发布，共认定\d+个/);
    await seeText(page, '已发文公告');
    expect(await page.getByRole('link', { name: ANNOUNCEMENT_TITLE }).count()).toBeGreaterThan(0);
    await screenshot(page, 'certified-path-7-announced-desktop');
    await page.context().close();
  });

  it('the public opens the 认定公告 on a phone and reads the platform’s certificate number', async () => {
    const phone = await openPage(browser, PHONE);
    await phone.goto('/announcements');
    await phone.getByText(ANNOUNCEMENT_TITLE).first().click();
    await phone.waitForURL(/\/announcements\/[0-9a-f-]{36}$/);
    const entry = phone.getByRole('list', { name: '认定名单' }).getByRole('listitem').filter({ hasText: NAME });
    await expect.poll(() => entry.innerText()).toMatch(/证书编号：粤中小示范平台〔2025〕\d{3}号/);
    expect(await phone.getByText(/评分|得分|排名/).count()).toBe(0);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'certified-path-8-announcement-phone');
    await phone.context().close();
  });

  it('the operator’s creation object reads 已认定', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await page.getByRole('menuitem', { name: '创建期管理' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: NAME }).innerText()).toContain('已认定');
    await openCreationObjectTab(page, NAME, '评估验收');
    await expect.poll(() => acceptanceStatus(page).innerText()).toMatch(/已正式认定（2025-06-23），证书编号粤中小示范平台〔2025〕\d{3}号/);
    await expect.poll(() => page.getByRole('status', { name: '验收结论' }).innerText()).toContain(REASON);
    await screenshot(page, 'certified-path-9-operator-desktop');
    await page.context().close();

    const phone = await openPage(browser, PHONE);
    await logIn(phone, seeded.username, seeded.password);
    await phone.goto('/workspace/creation-objects');
    await expect.poll(() => phone.getByRole('list', { name: '创建对象列表' }).getByRole('listitem').filter({ hasText: NAME }).innerText()).toContain('已认定');
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'certified-path-10-operator-phone');
    await phone.context().close();
  });
});
