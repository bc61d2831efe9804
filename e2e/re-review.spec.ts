// Journey (Art. 10: 每2年开展一次运行和服务情况复核，复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名;
// ADR 0016): certified → re-review fail → rectification → fail → revoked. A 广州 platform certified on 2026-11-09 is
// due for re-review on 2028-11-09. On Monday 2028-11-13 the province schedules a round opening that day (the preview
// lists the platform); the operator writes its 运行和服务情况报告 on a 375 px phone and submits it with a PDF; 广州
// assesses 不达标; the province decides 不达标 — the confirmation says 给予1年整改期 — and the platform is 整改中 to
// 2029-12-01. After the rectification year a second round takes it in again (整改后复核); the operator reports, 广州
// assesses 不达标, the province — warned that a fail now revokes — decides 不达标 and the platform is 已撤销; the
// public reads the revocation and its reason at /revocations.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, PHONE, screenshot } from './support/browser';
import type { SeededServer } from './support/seeded-server';
import { assessInUi, confirmRound, failInUi, OPERATOR_USERNAME, scheduleRoundInUi, startCertifiedPlatformServer, submitReportInUi, type CertifiedPlatform } from './support/re-review-setup';
import { seeText } from './support/whole-path-steps';

const NAME = '广州市中小企业复核示范服务平台';
const ORGANISATION = '广州市复核示范服务中心';
const FIRST_REPORT = '2026年11月至2028年11月，平台服务中小企业1200家，开展培训12场；线下服务站因场地调整暂停半年。';
const FIRST_REASON = '复核期间服务企业数量未达到认定标准（年服务3000家以上），线下服务中断，复核不达标，给予1年整改期。';
const SECOND_REPORT = '整改期内恢复线下服务站，服务中小企业1900家，开展培训8场。';
const SECOND_REASON = '整改期内服务企业数量仍未达到认定标准，连续两次复核不达标，取消认定命名。';

let browser: Browser;
let server: SeededServer<CertifiedPlatform>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startCertifiedPlatformServer(NAME, ORGANISATION);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(username: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await server.openPage(browser, viewport);
  await logIn(page, username);
  return page;
}

const tabHref = () => `/workspace/creation-objects/${server.seeded.objectId}?tab=re-review`;
const status = (page: Page) => page.getByRole('status', { name: '复核状态' });

/** Opens the object's 复核 tab, checks nothing scrolls sideways on a phone, and takes the picture. */
async function tabShot(page: Page, name: string, phone = false): Promise<void> {
  if (phone) expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, name);
}

/** The same page at the other width, for the pictures (and the overflow check on a phone). */
async function shotAtPhone(username: string, path: string, name: string, waitFor: string | RegExp): Promise<void> {
  const phone = await signedIn(username, PHONE);
  await phone.goto(path);
  await seeText(phone, waitFor);
  await tabShot(phone, name, true);
  await phone.context().close();
}

describe('certified → re-review fail → rectification → fail → revoked', () => {
  it('when the re-review is due, the province schedules a round opening today; the preview lists the platform', async () => {
    server.setTime('2028-11-13T09:00');
    const page = await signedIn('province', DESKTOP);
    await page.getByRole('menuitem', { name: '复核管理' }).click();
    await page.waitForURL(/\/workspace\/re-review$/);
    await expect.poll(() => page.getByRole('region', { name: '纳入本批复核的平台（基地）' }).innerText()).toMatch(new RegExp(`今日开始将纳入1个平台（基地）[\\s\\S]*${NAME}[\\s\\S]*2028-11-09起应复核`));
    await scheduleRoundInUi(page, { year: 2028, title: '2028年度省级示范平台（基地）复核', opensOn: '2028-11-13', reportDueOn: '2028-12-15', cityDueOn: '2029-01-15' }, NAME);
    await screenshot(page, 're-review-1-schedule-desktop');
    await confirmRound(page, '2028年度省级示范平台（基地）复核');
    await expect.poll(() => page.getByRole('table', { name: '复核批次列表' }).innerText()).toMatch(/2028年度省级示范平台（基地）复核[\s\S]*已开始（2028-11-13）[\s\S]*待运营主体报告1/);
    await expect.poll(() => page.getByRole('table', { name: '复核列表' }).innerText()).toMatch(new RegExp(`${NAME}[\\s\\S]*复核中[\\s\\S]*待运营主体报告`));
    await screenshot(page, 're-review-2-round-opened-desktop');
    await page.context().close();
    await shotAtPhone('province', '/workspace/re-review', 're-review-2-round-opened-phone', '2028年度省级示范平台（基地）复核');
  }, 180_000);

  it('the operator, on a phone, writes its report and submits it with a PDF', async () => {
    server.setTime('2028-11-20T10:00');
    const page = await signedIn(OPERATOR_USERNAME, PHONE);
    await page.goto(tabHref());
    await expect.poll(() => status(page).innerText()).toContain('复核');
    const current = page.getByRole('region', { name: '第1次复核' });
    await expect.poll(() => current.innerText()).toMatch(/2028年度[\s\S]*2026-11-1\d至2028-11-1\d|复核期间/);
    await tabShot(page, 're-review-3-report-form-phone', true);
    await submitReportInUi(page, FIRST_REPORT, '运行和服务情况报告2028.pdf');
    await expect.poll(() => current.innerText()).toMatch(new RegExp(`待地市评估[\\s\\S]*${FIRST_REPORT}[\\s\\S]*运行和服务情况报告2028\\.pdf`));
    await expect.poll(() => current.getByRole('region', { name: '复核指标快照' }).innerText()).toContain('对照认定标准');
    // The operator reads no assessment form and no decision form.
    expect(await page.getByRole('form', { name: '地市评估意见' }).count()).toBe(0);
    await tabShot(page, 're-review-4-report-submitted-phone', true);
    await page.context().close();

    const desktop = await signedIn(OPERATOR_USERNAME, DESKTOP);
    await desktop.goto(tabHref());
    await seeText(desktop, FIRST_REPORT);
    await screenshot(desktop, 're-review-4-report-submitted-desktop');
    await desktop.context().close();
  }, 180_000);

  it('广州 finds it waiting for its assessment and assesses 不达标', async () => {
    server.setTime('2028-11-27T10:00');
    const page = await signedIn('city.gz', DESKTOP);
    await page.getByRole('menuitem', { name: '复核管理' }).click();
    await page.waitForURL(/\/workspace\/re-review$/);
    const row = page.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.innerText()).toContain('待地市评估');
    await screenshot(page, 're-review-5-city-list-desktop');
    await row.getByRole('link', { name: NAME }).click();
    await page.waitForURL(/tab=re-review/);
    await seeText(page, FIRST_REPORT);
    await assessInUi(page, '不达标', '服务企业数量未达到认定标准，线下服务中断半年，评估不达标。');
    await expect.poll(() => page.getByRole('region', { name: '第1次复核' }).innerText()).toMatch(/待省级认定结论[\s\S]*不达标[\s\S]*线下服务中断半年/);
    await screenshot(page, 're-review-6-city-assessed-desktop');
    await page.context().close();
    await shotAtPhone('city.gz', '/workspace/re-review', 're-review-5-city-list-phone', NAME);
  }, 180_000);

  it('the province decides 不达标: the confirmation says 给予1年整改期, and the platform is 整改期', async () => {
    server.setTime('2028-12-01T10:00');
    const page = await signedIn('province', DESKTOP);
    await page.goto(tabHref());
    await expect.poll(() => page.getByRole('region', { name: '第1次复核' }).innerText()).toContain('线下服务中断半年');
    await failInUi(page, FIRST_REASON, '给予1年整改期', () => screenshot(page, 're-review-7-first-fail-confirm-desktop'));
    await expect.poll(() => page.getByRole('region', { name: '第1次复核' }).getByRole('status', { name: '复核结论' }).innerText()).toMatch(new RegExp(`复核不达标[\\s\\S]*${FIRST_REASON}`));
    await expect.poll(() => status(page).innerText()).toContain('整改');
    await seeText(page, '整改期至2029-12-01（含当日）');
    // The header's state tag.
    await seeText(page, '整改期');
    await screenshot(page, 're-review-8-rectifying-desktop');
    await page.context().close();
    await shotAtPhone(OPERATOR_USERNAME, tabHref(), 're-review-8-rectifying-phone', FIRST_REASON);
  }, 180_000);

  it('after the rectification year a second round takes it in again', async () => {
    server.setTime('2029-12-03T09:00');
    const page = await signedIn('province', DESKTOP);
    await page.goto('/workspace/re-review');
    await scheduleRoundInUi(page, { year: 2029, title: '2029年度整改后复核', opensOn: '2029-12-03', reportDueOn: '2029-12-31', cityDueOn: '2030-01-31' }, NAME);
    await expect.poll(() => page.getByRole('list', { name: '纳入复核的平台（基地）' }).innerText()).toContain('整改后复核');
    await confirmRound(page, '2029年度整改后复核');
    await screenshot(page, 're-review-9-second-round-desktop');
    await page.context().close();
  }, 180_000);

  it('the operator reports on a phone and 广州 assesses 不达标 again', async () => {
    server.setTime('2029-12-10T10:00');
    const phone = await signedIn(OPERATOR_USERNAME, PHONE);
    await phone.goto(tabHref());
    await expect.poll(() => phone.getByRole('region', { name: '第2次复核（整改后）' }).isVisible()).toBe(true);
    await submitReportInUi(phone, SECOND_REPORT, '整改情况报告.pdf');
    await tabShot(phone, 're-review-10-second-report-phone', true);
    await phone.context().close();

    const city = await signedIn('city.gz', DESKTOP);
    await city.goto(tabHref());
    await seeText(city, SECOND_REPORT);
    await assessInUi(city, '不达标', '整改期内服务企业数量仍未达到认定标准，评估不达标。');
    await city.context().close();
  }, 180_000);

  it('the province, warned that a fail now revokes, decides 不达标: the platform is 已撤销', async () => {
    server.setTime('2030-01-07T10:00');
    const page = await signedIn('province', DESKTOP);
    await page.goto(tabHref());
    await expect.poll(() => page.getByRole('alert', { name: '取消认定命名提示' }).innerText()).toContain('将取消认定命名');
    await failInUi(page, SECOND_REASON, '取消认定命名', () => screenshot(page, 're-review-11-revoke-confirm-desktop'));
    await expect.poll(() => page.getByRole('region', { name: '第2次复核（整改后）' }).getByRole('status', { name: '复核结论' }).innerText()).toContain(SECOND_REASON);
    // Art. 10 says 取消认定命名; the header's state tag keeps the lifecycle's label.
    await expect.poll(() => status(page).innerText()).toContain('连续两年未通过复核，已取消认定命名');
    await seeText(page, '已撤销认定命名');
    // Newest first: the second re-review above the first.
    const titles = await page.getByRole('region', { name: /^第\d次复核/ }).evaluateAll((regions) => regions.map((r) => r.getAttribute('aria-label')));
    expect(titles).toEqual(['第2次复核（整改后）', '第1次复核']);
    await screenshot(page, 're-review-12-revoked-desktop');
    await page.context().close();
    await shotAtPhone(OPERATOR_USERNAME, tabHref(), 're-review-12-revoked-phone', SECOND_REASON);
  }, 180_000);

  it('the public reads the revocation and its reason at /revocations', async () => {
    for (const [viewport, name] of [
      [PHONE, 're-review-13-public-revocations-phone'],
      [DESKTOP, 're-review-13-public-revocations-desktop'],
    ] as const) {
      const page = await server.openPage(browser, viewport);
      await page.goto('/revocations');
      await seeText(page, NAME);
      await seeText(page, SECOND_REASON);
      if (viewport === PHONE) expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, name);
      await page.context().close();
    }
  }, 180_000);
});
