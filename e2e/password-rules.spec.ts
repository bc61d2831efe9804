// F7 item 3; 等保2.0 三级 8.1.4.1 a) b): an account whose password is older than 90 days is sent to 修改密码 with the
// reason, where a common password and a recently used one are refused under the field; five wrong passwords in a row
// lock an account and the login page says until when. Desktop and 375 px, on a server of its own (the accounts are
// written with an old password date before it starts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersRepository } from '../src/db/repositories/users.repository';
import { createUser } from '../src/db/testing/builders';
import { hashPassword } from '../src/server/auth/passwords';
import { DEMO_PASSWORD, DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';
import { seeText } from './support/whole-path-steps';

const NOW = new Date('2026-11-28T02:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const PREVIOUS_PASSWORD = 'Earlier#Chosen2026';
const VIEWPORTS = [
  { name: 'desktop', viewport: DESKTOP },
  { name: 'phone', viewport: PHONE },
] as const;

let browser: Browser;
let server: SeededServer<null>;

beforeAll(async () => {
  browser = await launchBrowser();
  // Demo mode leaves the 90-day expiry off (its clock moves years ahead); this journey's server turns it on.
  server = await startSeededServer(NOW, async (db) => {
    const [previousHash, demoHash] = await Promise.all([hashPassword(PREVIOUS_PASSWORD), hashPassword(DEMO_PASSWORD)]);
    for (const { name } of VIEWPORTS) {
      // Chose PREVIOUS_PASSWORD first, then DEMO_PASSWORD 100 days ago: both are in the history.
      const { user } = await createUser(db, { role: 'city', cityCode: '440100', passwordHash: previousHash, username: `old.${name}` });
      await usersRepository.setPassword(db, user.id, demoHash, new Date(NOW.getTime() - 100 * DAY_MS));
      await createUser(db, { role: 'city', cityCode: '440300', passwordHash: demoHash, username: `locked.${name}`, passwordChangedAt: NOW });
    }
    return null;
  }, { env: { SHIFAN_PASSWORD_EXPIRY: 'on' } });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

/** One login attempt, waited for until the server has answered (so five clicks are five attempts). */
async function typeLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/auth/login') && response.request().method() === 'POST'),
    page.getByRole('button', { name: /登\s*录/ }).click(),
  ]);
}

async function newPasswordError(page: Page): Promise<string> {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel('新密码', { exact: true }) }).locator('.ant-form-item-explain').innerText();
}

async function submitNewPassword(page: Page, newPassword: string): Promise<void> {
  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: /确认修改/ }).click();
}

describe.each(VIEWPORTS)('password rules ($name)', ({ name, viewport }) => {
  it('an expired password sends the account to 修改密码 with the reason; common and reused passwords are refused under the field', async () => {
    const page = await server.openPage(browser, viewport);
    await page.goto('/login');
    await typeLogin(page, `old.${name}`, DEMO_PASSWORD);
    await page.waitForURL(/\/workspace\/password/);
    await seeText(page, '密码已过期');
    await seeText(page, '您的密码已使用超过90天，按安全要求须更换后才能继续使用其他功能。');
    await seeText(page, '不能与最近5次使用过的密码相同');
    await screenshot(page, `password-rules-expired-${name}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await submitNewPassword(page, 'P@ssw0rd1234');
    await expect.poll(() => newPasswordError(page)).toBe('该密码过于常见，容易被猜中，请换一个');
    await submitNewPassword(page, PREVIOUS_PASSWORD);
    await expect.poll(() => newPasswordError(page)).toBe('新密码不能与最近5次使用过的密码相同');
    await screenshot(page, `password-rules-reused-${name}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await submitNewPassword(page, `Renewed#${name}2026`);
    await page.waitForURL((url) => !url.pathname.startsWith('/workspace/password'));
    await seeText(page, '待办');
    await page.context().close();
  }, 120_000);

  it('five wrong passwords in a row lock the account, and the login page says until when', async () => {
    const page = await server.openPage(browser, viewport);
    await page.goto('/login');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await typeLogin(page, `locked.${name}`, `Wrong#Guess${attempt}x`);
      await seeText(page, '用户名或密码错误');
    }
    await typeLogin(page, `locked.${name}`, 'Wrong#Guess5x');
    await seeText(page, '连续5次密码错误，账号已锁定，请于2026年11月28日 10:30（北京时间）后再试，或联系安全保密管理员解锁');
    await typeLogin(page, `locked.${name}`, DEMO_PASSWORD);
    await seeText(page, '账号已锁定');
    expect(page.url()).toMatch(/\/login/);
    await screenshot(page, `password-rules-locked-${name}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await page.context().close();
  }, 120_000);
});
