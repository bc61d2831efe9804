// Journey: a 深圳 officer sees 深圳's organisations and never a 广州 one, not even by typing its address.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';

const GUANGZHOU_ORG = '广州市中小企业公共服务中心';
const SHENZHEN_ORG = '深圳市中小企业数字化服务中心';

let browser: Browser;
let guangzhouOrgId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // Find the 广州 organisation's id the way the province would, to try it as the 深圳 officer.
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'shifan' },
    body: JSON.stringify({ username: 'province', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const list = await fetch(`${baseUrl()}/api/organisations?q=${encodeURIComponent(GUANGZHOU_ORG)}`, { headers: { cookie } });
  const body = (await list.json()) as { items: { id: string; name: string }[] };
  guangzhouOrgId = body.items.find((o) => o.name === GUANGZHOU_ORG)!.id;
});
afterAll(async () => browser?.close());

describe('a city officer sees only its own city', () => {
  it('深圳 officer: 深圳 organisations listed, the 广州 one absent and not found by address', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.sz');
    await expect.poll(() => page.getByText('深圳市').first().isVisible()).toBe(true);
    await screenshot(page, 'city-sz-todos-desktop');

    await page.getByRole('menuitem', { name: '运营主体' }).click();
    await page.waitForURL(/\/workspace\/organisations/);
    await expect.poll(() => page.getByText(SHENZHEN_ORG).first().isVisible()).toBe(true);
    expect(await page.getByText(GUANGZHOU_ORG).count()).toBe(0);
    await screenshot(page, 'city-sz-organisations-desktop');

    await page.goto(`/workspace/organisations/${guangzhouOrgId}`);
    await expect.poll(() => page.getByText('未找到该运营主体，或您无权查看').first().isVisible()).toBe(true);
    expect(await page.getByText(GUANGZHOU_ORG).count()).toBe(0);
    await screenshot(page, 'city-sz-guangzhou-not-found-desktop');
    await page.context().close();
  });

  it('广州 officer opens the same organisation', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.goto(`/workspace/organisations/${guangzhouOrgId}`);
    await expect.poll(() => page.getByText(GUANGZHOU_ORG).first().isVisible()).toBe(true);
    await screenshot(page, 'city-gz-organisation-detail-desktop');
    await page.context().close();
  });

  it('深圳 officer on a 375 px phone: list as cards, no sideways scrolling', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'city.sz');
    await page.goto('/workspace/organisations');
    await expect.poll(() => page.getByText(SHENZHEN_ORG).first().isVisible()).toBe(true);
    expect(await page.getByText(GUANGZHOU_ORG).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'city-sz-organisations-phone');
    await page.context().close();
  });
});
