// Journey (F4 item 2(c); DESIGN §5): a new 广州 operator's platform is a creation object from 2023-06-12, with two
// service records already reported. On 2024-03-15 the operator opens 创建期管理 → the platform → 数据维护: adds its PC
// entry (a web address without http:// is refused under the field, in Chinese, before anything is sent), adds the
// policy library's count and then corrects it (the table keeps one current row), and voids a service record entered
// twice and an event entered by mistake, with the reasons. The 广州 city officer sees the same rows, read-only, on a
// desktop and on a 375 px phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { chooseOption, fieldError } from './support/forms';
import { apiLogIn, apiPost } from './support/review-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市数据维护示范服务平台${Date.now().toString(36)}`;
const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';

let browser: Browser;
let seeded: SeededCreationObject;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
  setServerTime('2024-03-15T10:00');
  const operator = await apiLogIn(seeded.username, seeded.password);
  for (const [creditCode, enterpriseName, externalId] of [
    [HUAWEI, '华为技术有限公司', 'FW-0001'],
    [TENCENT, '腾讯科技（深圳）有限公司', 'FW-0002'],
  ]) {
    await apiPost(operator, `/api/creation-objects/${seeded.id}/datasets/serviceRecords/records`, {
      cells: { externalId, creditCode, enterpriseName, divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2024-03-01', channel: '线上', satisfaction: 5 },
    }, 201);
  }
  await apiPost(operator, `/api/creation-objects/${seeded.id}/datasets/serviceEvents/records`, {
    cells: { eventDate: '2024-03-02', topic: '惠企政策宣讲会', participantCodes: [HUAWEI, TENCENT] },
  }, 201);
}, 120_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

async function openCorrections(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '创建期管理' }).click();
  await page.waitForURL(/\/workspace\/creation-objects$/);
  await page.getByRole('link', { name: NAME }).first().click();
  await page.waitForURL(/\/workspace\/creation-objects\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: '数据维护' }).click();
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');

/**
 * 保存, then wait for the field's refusal. A CI run once saw no refusal after the click (a busy machine; the click
 * may have landed while a dropdown was still closing): a person would press 保存 again, and so does this, at most
 * three times; the last failure says what the dialog showed.
 */
async function saveUntilRefused(page: Page, label: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await dialog(page).getByRole('button', { name: /保\s*存/ }).click();
    const isShown = await fieldError(page, label)
      .first()
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true, () => false);
    if (isShown) return;
  }
  throw new Error(`保存后未见“${label}”的提示；对话框内容：${await dialog(page).innerText().catch(() => '（无对话框）')}`);
}

describe('small corrections in forms', () => {
  it('the operator adds its PC entry; a web address without http:// is refused under the field first', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCorrections(page);
    await card(page, '服务入口').getByRole('button', { name: '新增：服务入口' }).click();
    await chooseOption(page, '入口类型', 'PC端');
    await page.getByLabel('访问地址', { exact: true }).fill('sme.gz.example.cn');
    await chooseOption(page, '是否需要注册', '是');
    await page.getByLabel('注册用时（分钟）', { exact: true }).fill('6');
    await page.getByLabel('统计日期', { exact: true }).fill('2024-03-01');
    await saveUntilRefused(page, '访问地址');
    await expect.poll(() => fieldError(page, '访问地址').innerText()).toContain('访问地址：应为以http://或https://开头的网址');
    await screenshot(page, 'data-corrections-field-error-desktop');

    await page.getByLabel('访问地址', { exact: true }).fill('https://sme.gz.example.cn');
    await dialog(page).getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expect.poll(() => card(page, '服务入口').getByRole('row').filter({ hasText: 'https://sme.gz.example.cn' }).innerText()).toMatch(/PC端[\s\S]*是[\s\S]*6[\s\S]*2024-03-01/);
    await page.context().close();
  });

  it('adds the policy library’s count, then corrects it: one current row with the new figure', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCorrections(page);
    const libraries = card(page, '资源库数据量');
    await libraries.getByRole('button', { name: '新增：资源库数据量' }).click();
    await chooseOption(page, '资源库', '法律政策库');
    await page.getByLabel('统计日期', { exact: true }).fill('2024-03-01');
    await page.getByLabel('数据量', { exact: true }).fill('1200');
    await chooseOption(page, '政策推送', '是');
    await dialog(page).getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => libraries.getByRole('row').filter({ hasText: '法律政策库' }).innerText()).toMatch(/法律政策库\s+2024-03-01\s+1200\s+是/);

    await libraries.getByRole('row').filter({ hasText: '法律政策库' }).getByRole('button', { name: '更正：资源库数据量' }).click();
    expect(await page.getByLabel('数据量', { exact: true }).inputValue()).toBe('1200');
    await page.getByLabel('数据量', { exact: true }).fill('1250');
    await dialog(page).getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => libraries.getByRole('row').filter({ hasText: '法律政策库' }).innerText()).toMatch(/1250/);
    expect(await libraries.getByRole('row').filter({ hasText: '法律政策库' }).count()).toBe(1);
    await page.context().close();
  });

  it('voids a service record entered twice, with the reason; it stays listed as voided', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, seeded.username, seeded.password);
    await openCorrections(page);
    const records = card(page, '服务记录');
    await records.getByRole('searchbox', { name: '查询服务记录' }).fill(TENCENT);
    await records.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => records.getByRole('row').count()).toBe(2);
    await records.getByRole('button', { name: '作废：腾讯科技（深圳）有限公司 2024-03-01' }).click();
    await dialog(page).getByRole('button', { name: /作\s*废/ }).click();
    await expect.poll(() => fieldError(page, '作废原因').innerText()).toContain('作废原因至少2个字');
    await page.getByLabel('作废原因', { exact: true }).fill('与平台服务系统的记录重复录入');
    await dialog(page).getByRole('button', { name: /作\s*废/ }).click();
    await expect.poll(() => records.getByRole('row').filter({ hasText: TENCENT }).innerText()).toMatch(/已作废[\s\S]*与平台服务系统的记录重复录入/);
    await records.getByRole('searchbox', { name: '查询服务记录' }).fill('');
    await records.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => records.getByRole('row').count()).toBe(3);
    expect(await records.getByRole('row').filter({ hasText: HUAWEI }).innerText()).toContain('有效');

    const events = card(page, '线下服务活动');
    await expect.poll(() => events.getByRole('row').filter({ hasText: '惠企政策宣讲会' }).innerText()).toContain('有效');
    await events.getByRole('button', { name: '作废：惠企政策宣讲会 2024-03-02' }).click();
    await page.getByLabel('作废原因', { exact: true }).fill('活动日期录错，已按正确日期重新录入');
    await dialog(page).getByRole('button', { name: /作\s*废/ }).click();
    await expect.poll(() => events.getByRole('row').filter({ hasText: '惠企政策宣讲会' }).innerText()).toMatch(/已作废[\s\S]*活动日期录错/);
    expect(await events.getByRole('button', { name: /^作废：/ }).count()).toBe(0);
    await screenshot(page, 'data-corrections-operator-desktop');
    await page.context().close();
  });

  it('the 广州 city officer sees the same rows, read-only', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await openCorrections(page);
    await seeText(page, '数据由运营主体报送和维护');
    await expect.poll(() => card(page, '服务入口').getByRole('row').filter({ hasText: 'https://sme.gz.example.cn' }).count()).toBe(1);
    await expect.poll(() => card(page, '资源库数据量').getByRole('row').filter({ hasText: '法律政策库' }).innerText()).toMatch(/1250/);
    await expect.poll(() => card(page, '服务记录').getByRole('row').filter({ hasText: TENCENT }).innerText()).toContain('已作废');
    await expect.poll(() => card(page, '线下服务活动').getByRole('row').filter({ hasText: '惠企政策宣讲会' }).innerText()).toContain('已作废');
    expect(await page.getByRole('button', { name: /^(新增|更正|作废)：/ }).count()).toBe(0);
    await screenshot(page, 'data-corrections-city-desktop');
    await page.context().close();
  });

  it('on a phone the city officer reads the same tab without sideways scrolling', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'city.gz');
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=data-corrections`);
    await expect.poll(() => card(page, '资源库数据量').getByRole('row').filter({ hasText: '法律政策库' }).count()).toBe(1);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'data-corrections-city-phone');
    await page.context().close();
  });
});
