// Journey (F7 item 3): with the second factor on (SHIFAN_SECOND_FACTOR=on, as production always is), a back-office
// user sets up an authenticator at the first login and gives its code at every later one. The journey computes the
// codes itself from the secret the page shows, at the server's clock (a clock file it moves).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../src/db/testing/scratch-postgres';
import { base32Decode, totpAt } from '../src/domain/auth/totp';
import { hmacSha1 } from '../src/server/auth/totp-hmac';
import { DEMO_PASSWORD, DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, screenshot } from './support/browser';
import { startServerProcess, type ServerProcess } from '../src/server/testing/server-process';

let browser: Browser;
let server: ServerProcess;
let dataDir: string;
let clockFile: string;
let now = new Date('2026-11-27T01:00:00Z');
let dropScratch: (() => Promise<void>) | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-e2e-2fa-'));
  clockFile = path.join(dataDir, 'clock.txt');
  writeFileSync(clockFile, now.toISOString());
  const adminUrl = process.env.TEST_DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'shifan_e2e_2fa') : undefined;
  dropScratch = scratch ? () => scratch.drop() : undefined;
  server = await startServerProcess({ dataDir, clockFile, databaseUrl: scratch?.url, env: { SHIFAN_SECOND_FACTOR: 'on' } });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await dropScratch?.();
});

/** Moves the server's clock on by whole 30-second steps, so a new code is due (a code is good only once). */
function nextStep(steps = 2): void {
  now = new Date(now.getTime() + steps * 30_000);
  writeFileSync(clockFile, now.toISOString());
}
const codeOf = (secret: string) => totpAt(hmacSha1, base32Decode(secret) ?? new Uint8Array(), now.getTime());

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: server.baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function logInWithPassword(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/workspace\/second-factor/);
}

async function giveCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('动态验证码').fill(code);
  await page.getByRole('button', { name: '验证并进入工作台' }).click();
}

async function enrol(page: Page, username: string, name: string): Promise<string> {
  await logInWithPassword(page, username);
  await page.getByRole('heading', { name: '绑定身份验证器' }).waitFor();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // The QR code loads lazily: the authenticator app scans it.
  await page.getByRole('img', { name: '身份验证器绑定二维码' }).waitFor();
  await screenshot(page, `${name}-enrol`);
  await giveCode(page, codeOf(secret));
  await page.getByText('待办事项').first().waitFor();
  expect(page.url()).toMatch(/\/workspace\/?$/);
  return secret;
}

describe('TOTP second factor for back-office users', () => {
  it('desktop: the province officer enrols, reaches 待办, and gives a code at the next login; a wrong code is refused in Chinese', async () => {
    const page = await openPage(DESKTOP);
    const secret = await enrol(page, 'province', 'second-factor-desktop');
    await screenshot(page, 'second-factor-desktop-todos');

    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(/\/login|\/$/);
    nextStep();
    await logInWithPassword(page, 'province');
    await page.getByRole('heading', { name: '动态验证码验证' }).waitFor();
    const wrong = String((Number(codeOf(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    await giveCode(page, wrong);
    await page.getByRole('alert').filter({ hasText: '动态验证码错误，请核对身份验证器上的6位数字后重试' }).waitFor();
    await screenshot(page, 'second-factor-desktop-wrong-code');

    await giveCode(page, codeOf(secret));
    await page.getByText('待办事项').first().waitFor();
    await page.context().close();
  });

  it('phone (375 px): a city officer enrols and verifies without sideways scrolling', async () => {
    const page = await openPage(PHONE);
    nextStep();
    await logInWithPassword(page, 'city.gz');
    await page.getByRole('heading', { name: '绑定身份验证器' }).waitFor();
    await page.getByTestId('totp-secret').waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await page.getByRole('img', { name: '身份验证器绑定二维码' }).waitFor();
    await screenshot(page, 'second-factor-phone-enrol');
    await giveCode(page, codeOf(secret));
    await page.getByText('待办事项').first().waitFor();

    // Any workspace address shows the code page until the code is given.
    await page.context().clearCookies();
    nextStep();
    await logInWithPassword(page, 'city.gz');
    await page.goto('/workspace/organisations');
    await page.getByRole('heading', { name: '动态验证码验证' }).waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'second-factor-phone-verify');
    await giveCode(page, codeOf(secret));
    await page.waitForURL(/\/workspace\/organisations/);
    await page.context().close();
  });
});
