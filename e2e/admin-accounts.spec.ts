// Journey (F7 item 2, 三员分立): the system administrator opens an account and disables another; the security
// administrator issues the second half of the new account's one-time password (ADR 0020: the system administrator
// sees only the first), grants it a city role, and is refused (in Chinese) when it tries to give a business account
// an administrator role; the new account logs in with both halves and must change the password first.
// Only accounts made here are changed, so the demo accounts other journeys use stay as they are.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { chooseOption, confirmWith } from './support/forms';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Creates an account on the 账号管理 page and returns the first half of the one-time password the modal shows. */
async function createAccount(page: Page, username: string, displayName: string, shot?: string): Promise<string> {
  await page.getByRole('button', { name: '新建账号' }).click();
  const form = page.getByRole('dialog', { name: '新建账号' });
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('姓名').fill(displayName);
  await form.getByRole('button', { name: /创\s*建/ }).click();
  const shown = page.getByRole('dialog', { name: '账号已创建' });
  await expect.poll(() => shown.getByText(username).isVisible()).toBe(true);
  const password = (await shown.locator('.one-time-password code').innerText()).trim();
  expect(password).toHaveLength(8);
  await expect.poll(() => shown.getByText('第二段由安全保密管理员发放').isVisible()).toBe(true);
  if (shot) await screenshot(page, shot);
  await shown.getByRole('button', { name: '我已记下，关闭' }).click();
  await expect.poll(() => shown.isVisible()).toBe(false);
  return password;
}

/** On the 角色授权 page: issues the pending second half of `username` and returns it (shown once). */
async function issueSecondHalf(page: Page, username: string, shot?: string): Promise<string> {
  const pending = page.getByRole('region', { name: '待发放密码' });
  const row = pending.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
  await expect.poll(() => row.isVisible()).toBe(true);
  if (shot) await screenshot(page, `${shot}-list`);
  await row.getByRole('button', { name: /发\s*放/ }).click();
  await confirmWith(page, /发\s*放/);
  const shown = page.getByRole('dialog', { name: '密码第二段' });
  await expect.poll(() => shown.getByText(username).isVisible()).toBe(true);
  const half = (await shown.locator('.second-half code').innerText()).trim();
  expect(half).toHaveLength(8);
  if (shot) await screenshot(page, shot);
  await shown.getByRole('button', { name: '我已记下，关闭' }).click();
  await expect.poll(() => shown.isVisible()).toBe(false);
  // Issued once: the row leaves the list.
  await expect.poll(() => row.count()).toBe(0);
  return half;
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('搜索账号').fill(text);
  await page.getByLabel('搜索账号').press('Enter');
  await expect.poll(() => page.getByRole('row', { name: new RegExp(text.replace('.', '\\.')) }).count()).toBe(1);
}

async function openGrant(page: Page, username: string) {
  await search(page, username);
  await page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) }).getByRole('button', { name: '授予角色' }).click();
  const dialog = page.getByRole('dialog', { name: /授予角色/ });
  await expect.poll(() => dialog.getByLabel('角色', { exact: true }).isVisible()).toBe(true);
  return dialog;
}

describe('三员分立: accounts and roles', () => {
  it('sysadmin creates and disables, secadmin grants and is refused a mix, the new account must change its password (desktop)', async () => {
    const newName = `journey.new${suffix()}`;
    const offName = `journey.off${suffix()}`;

    const sys = await openPage(browser, DESKTOP);
    await logIn(sys, 'sysadmin');
    await sys.getByRole('menuitem', { name: '账号管理' }).click();
    await sys.waitForURL(/\/workspace\/accounts/);
    // Other journeys add accounts to the shared server: find the row by searching, as an administrator would.
    await search(sys, 'secadmin');
    const firstHalf = await createAccount(sys, newName, '旅程新账号', 'admin-accounts-created-desktop');
    await createAccount(sys, offName, '旅程待停用账号');

    await search(sys, offName);
    await sys.getByRole('row', { name: new RegExp(offName.replace('.', '\\.')) }).getByRole('button', { name: /停\s*用/ }).click();
    await confirmWith(sys, /停\s*用/);
    await expect.poll(() => sys.getByRole('row', { name: new RegExp(offName.replace('.', '\\.')) }).getByText('已停用').isVisible()).toBe(true);
    await screenshot(sys, 'admin-accounts-disabled-desktop');
    await sys.context().close();

    const sec = await openPage(browser, DESKTOP);
    await logIn(sec, 'secadmin');
    await sec.getByRole('menuitem', { name: '角色授权' }).click();
    await sec.waitForURL(/\/workspace\/roles/);
    const secondHalf = await issueSecondHalf(sec, newName, 'admin-roles-second-half-desktop');
    const oneTimePassword = firstHalf + secondHalf;
    const grant = await openGrant(sec, newName);
    await chooseOption(sec, '角色', '地市中小企业主管部门');
    await chooseOption(sec, '地市', '广州市');
    await screenshot(sec, 'admin-roles-grant-desktop');
    await grant.getByRole('button', { name: /授\s*予/ }).click();
    await expect.poll(() => sec.getByRole('row', { name: new RegExp(newName.replace('.', '\\.')) }).getByText('地市中小企业主管部门（广州市）', { exact: true }).isVisible()).toBe(true);

    const refused = await openGrant(sec, 'city.gz');
    await chooseOption(sec, '角色', '系统管理员（管理员）');
    await refused.getByRole('button', { name: /授\s*予/ }).click();
    await expect.poll(() => refused.getByRole('alert').filter({ hasText: '三员分立' }).isVisible()).toBe(true);
    await screenshot(sec, 'admin-roles-refused-desktop');
    await refused.getByRole('button', { name: /取\s*消/ }).click();

    await sec.getByRole('tab', { name: '权限矩阵' }).click();
    await expect.poll(() => sec.getByText('审计日志查阅').isVisible()).toBe(true);
    await screenshot(sec, 'admin-roles-matrix-desktop');
    await sec.context().close();

    // The first half alone (all the system administrator knows) does not log in.
    const fresh = await openPage(browser, DESKTOP);
    await fresh.goto('/login');
    await fresh.getByLabel('用户名').fill(newName);
    await fresh.getByLabel('密码').fill(firstHalf);
    await fresh.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => fresh.getByText('用户名或密码错误').first().isVisible()).toBe(true);
    await logIn(fresh, newName, oneTimePassword);
    await fresh.waitForURL(/\/workspace\/password/);
    await expect.poll(() => fresh.getByText('请修改初始密码').isVisible()).toBe(true);
    await screenshot(fresh, 'admin-accounts-first-login-desktop');
    await fresh.getByLabel('当前密码').fill(oneTimePassword);
    await fresh.getByLabel('新密码', { exact: true }).fill('Journey#Chosen2026');
    await fresh.getByLabel('确认新密码').fill('Journey#Chosen2026');
    await fresh.getByRole('button', { name: '确认修改' }).click();
    await expect.poll(() => fresh.getByRole('menuitem', { name: '初审推荐' }).isVisible()).toBe(true);
    await fresh.context().close();
  });

  it('both pages work at 375 px without sideways scrolling', async () => {
    const sys = await openPage(browser, PHONE);
    await logIn(sys, 'sysadmin');
    await sys.goto('/workspace/accounts');
    await expect.poll(() => sys.getByRole('button', { name: '新建账号' }).isVisible()).toBe(true);
    // The list holds whatever accounts other journeys made: the first twenty cards, whatever they are.
    await expect.poll(() => sys.getByRole('row').first().isVisible()).toBe(true);
    await screenshot(sys, 'admin-accounts-phone');
    expect(await hasHorizontalOverflow(sys)).toBe(false);
    const phoneName = `journey.phone${suffix()}`;
    await createAccount(sys, phoneName, '手机新账号', 'admin-accounts-created-phone');
    expect(await hasHorizontalOverflow(sys)).toBe(false);
    await sys.context().close();

    const sec = await openPage(browser, PHONE);
    await logIn(sec, 'secadmin');
    await sec.goto('/workspace/roles');
    await expect.poll(() => sec.getByRole('row').first().isVisible()).toBe(true);
    await screenshot(sec, 'admin-roles-phone');
    expect(await hasHorizontalOverflow(sec)).toBe(false);
    await issueSecondHalf(sec, phoneName, 'admin-roles-second-half-phone');
    expect(await hasHorizontalOverflow(sec)).toBe(false);
    await openGrant(sec, 'city.sz');
    await chooseOption(sec, '角色', '申报单位（运营主体）');
    await expect.poll(() => sec.getByLabel('申报单位', { exact: true }).isVisible()).toBe(true);
    await screenshot(sec, 'admin-roles-grant-phone');
    expect(await hasHorizontalOverflow(sec)).toBe(false);
    await sec.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await sec.getByRole('tab', { name: '权限矩阵' }).click();
    await expect.poll(() => sec.getByText('审计日志查阅').isVisible()).toBe(true);
    await screenshot(sec, 'admin-roles-matrix-phone');
    expect(await hasHorizontalOverflow(sec)).toBe(false);
    await sec.context().close();
  });
});
