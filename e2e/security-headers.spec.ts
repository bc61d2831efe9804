// The real Content-Security-Policy in a real browser (F7 item 4; 等保2.0 三级 8.1.4.4; ASVS V14.4): the public home,
// the registry and a workspace render with the server's headers, and Chromium reports no CSP violation — antd's
// injected <style> elements are allowed by style-src 'unsafe-inline', and vite's index.html has no inline script.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/server/http/security-headers';
import { DESKTOP, PHONE, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { watchViolations } from './support/csp-violations';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('pages under the real CSP', () => {
  for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`the home page and the registry render with no CSP violation (${label})`, async () => {
      const page = await openPage(browser, viewport);
      const violations = await watchViolations(page);
      const response = await page.goto('/');
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response?.headers()['x-frame-options']).toBe('DENY');
      await expect.poll(() => page.getByText('运营3年以上').first().isVisible()).toBe(true);
      // antd styled the page with the <style> elements it injects at run time (style-src 'unsafe-inline').
      expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBeGreaterThan(0);
      await screenshot(page, `csp-home-${label}`);
      await page.goto('/registry');
      await expect.poll(() => page.getByText('按行政区划代码和名称排列，不代表排名').isVisible()).toBe(true);
      await screenshot(page, `csp-registry-${label}`);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  it('a workspace renders after logging in, with no CSP violation', async () => {
    const page = await openPage(browser, DESKTOP);
    const violations = await watchViolations(page);
    await logIn(page, 'applicant');
    await expect.poll(() => page.getByText('待办事项').first().isVisible()).toBe(true);
    // The 待办 list has loaded (its placeholder is gone): the page's API calls passed connect-src 'self'.
    await expect.poll(() => page.locator('.ant-skeleton').count()).toBe(0);
    await screenshot(page, 'csp-workspace-applicant-desktop');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
