// The public home page explains the programme on a phone and a desktop; every demo account reaches its own
// workspace with its own menu and a 待办 panel.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/db/seed/demo-data';
import { ROLE_LABELS } from '../src/domain/shared/roles';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const MENUS: Record<string, string[]> = {
  applicant: ['待办', '我的申报', '创建期管理', '本单位信息', '修改密码'],
  city: ['待办', '初审推荐', '创建期管理', '复核管理', '统计看板', '运营主体', '修改密码'],
  province: ['待办', '年度创建通知', '省级审核', '申报查询', '专家评审', '创建期管理', '评估验收', '认定管理', '国家级名单', '复核管理', '公示与异议', '统计看板', '运营主体', '评审专家库', '节假日安排', '修改密码'],
  auditor: ['待办', '申报查询', '创建期管理', '评估验收', '认定管理', '复核管理', '公示与异议', '运营主体', '修改密码'],
  expert: ['待办', '我的评审', '验收评审', '修改密码'],
  sysadmin: ['待办', '账号管理', '修改密码'],
  secadmin: ['待办', '角色授权', '修改密码'],
  auditadmin: ['待办', '操作日志', '登录日志', '修改密码'],
};

describe('public site', () => {
  for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`home page explains who may apply and the steps (${label})`, async () => {
      const page = await openPage(browser, viewport);
      await page.goto('/');
      await expect.poll(() => page.getByText('运营3年以上').first().isVisible()).toBe(true);
      await expect.poll(() => page.getByText('公示').first().isVisible()).toBe(true);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `home-${label}`);
      await page.getByRole('link', { name: /管理办法/ }).first().click();
      await page.waitForURL(/\/measures/);
      await expect.poll(() => page.getByText('第五条').first().isVisible()).toBe(true);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `measures-${label}`);
      await page.context().close();
    });
  }

  it('a wrong password is refused in Chinese', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/login');
    await page.getByLabel('用户名').fill('city.sz');
    await page.getByLabel('密码').fill('Wrong#Password1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').first().isVisible()).toBe(true);
    await screenshot(page, 'login-refused-phone');
    await page.context().close();
  });
});

describe('a workspace per role', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))('%s (%s) sees its menu and 待办 panel', async (username, role) => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, username);
    await expect.poll(() => page.getByText('待办事项').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(ROLE_LABELS[role]).first().isVisible()).toBe(true);
    const items = await page.getByRole('menuitem').allInnerTexts();
    expect(items.map((t) => t.trim())).toEqual(MENUS[role]);
    await screenshot(page, `workspace-${username}-desktop`);
    await page.getByRole('button', { name: /退出登录/ }).first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/workspace'));
    await page.context().close();
  });

  it('the workspace menu opens from a drawer on a 375 px phone', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'province');
    await expect.poll(() => page.getByText('待办事项').first().isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'workspace-province-phone');
    await page.getByRole('button', { name: /菜单/ }).click();
    await page.getByRole('menuitem', { name: '运营主体' }).click();
    await page.waitForURL(/\/workspace\/organisations/);
    await screenshot(page, 'workspace-province-organisations-phone');
    await page.context().close();
  });
});
