// Journey: anyone reads the creation and certification standards (Attachments 1–3), rendered from
// GET /api/v1/standards, on a 375 px phone and a desktop, without sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasHorizontalOverflow, launchBrowser, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const activePanel = (page: Page) => page.getByRole('tabpanel').filter({ visible: true });

describe('创建及认定标准', () => {
  for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`shows each indicator with its creation and certification rule (${label})`, async () => {
      const page = await openPage(browser, viewport);
      await page.goto('/');
      await page.getByRole('link', { name: '创建及认定标准' }).first().click();
      await page.waitForURL(/\/standards$/);

      const served = activePanel(page).getByRole('article', { name: '服务企业情况' });
      await expect.poll(() => served.isVisible()).toBe(true);
      expect(await served.getByRole('region', { name: '创建标准' }).textContent()).toContain('年服务中小企业1000家以上。');
      expect(await served.getByRole('region', { name: '认定标准' }).textContent()).toContain('年服务中小企业3000家以上。');
      expect(await served.textContent()).toContain('年服务中小企业数量 ≥ 1000家');
      expect(await served.textContent()).toContain('定量');
      // The legend: 以上 includes the number, 超过 does not.
      expect(await page.getByRole('list', { name: '数量用语的含义' }).textContent()).toMatch(/“超过”、“高于”：>，不含本数/);
      expect(await page.getByRole('list', { name: '综合服务平台的服务内容' }).getByRole('listitem').count()).toBe(11);
      expect(await page.getByText('guangdong-2025-v1').first().isVisible()).toBe(true);
      expect(await page.getByText('上述标准将适时适度调整').isVisible()).toBe(true);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `standards-platform-${label}`);

      await page.getByRole('tab', { name: /基地类/ }).click();
      await page.waitForURL(/#base$/);
      const quality = activePanel(page).getByRole('article', { name: '入驻优质企业占比' });
      await expect.poll(() => quality.isVisible()).toBe(true);
      expect(await quality.textContent()).toContain('优质企业数量占比（加权） > 25%');
      expect(await activePanel(page).getByText(/优质企业占比 = （制造业单项冠军企业数量×20 \+ 专精特新“小巨人”企业数量×10/).isVisible()).toBe(true);
      expect(await activePanel(page).getByRole('list', { name: '基地类指标解释说明' }).getByRole('listitem').count()).toBe(9);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `standards-base-${label}`);

      await page.getByRole('tab', { name: /创建方案/ }).click();
      const criteria = activePanel(page).getByRole('article');
      await expect.poll(() => criteria.count()).toBe(6);
      expect(await criteria.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('不少于2条典型或特色经验做法')]));
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `standards-plan-${label}`);
      await page.context().close();
    });
  }

  it('opens a tab from the address', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/standards#plan');
    await expect.poll(() => activePanel(page).getByRole('article', { name: '保障协同' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('创建方案');
    // An address without a known tab opens the first one.
    await page.goto('/standards#nothing');
    await expect.poll(() => activePanel(page).getByRole('article', { name: '服务企业情况' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('平台类');
    await page.context().close();
  });

  it('moves between the tabs with the keyboard, one panel at a time, and the address follows', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/standards#base');
    const tabs = page.getByRole('tablist').getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(3);
    expect(await tabs.allTextContents()).toEqual(['平台类', '基地类', '创建方案']);
    const selectedTab = () => page.getByRole('tab', { selected: true }).textContent();
    const focusedTab = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    /** The selected tab controls the one panel shown, which is labelled by it; the others are out of the Tab order. */
    const expectOnePanelFor = async (name: string) => {
      await expect.poll(selectedTab).toBe(name);
      expect(await page.getByRole('tabpanel').count()).toBe(1);
      const tab = page.getByRole('tab', { name });
      const panel = page.getByRole('tabpanel', { name });
      expect(await panel.isVisible()).toBe(true);
      expect(await tab.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
      expect(await tabs.evaluateAll((all) => all.map((t) => t.getAttribute('tabindex')))).toEqual(
        ['平台类', '基地类', '创建方案'].map((label) => (label === name ? '0' : '-1')),
      );
    };
    await expectOnePanelFor('基地类');

    await page.getByRole('tab', { name: '基地类' }).focus();
    // Right moves on and wraps from the last tab to the first, Left back and wraps the other way; Home and End go to
    // the ends. Each key selects its tab, moves the focus there and writes the address.
    const moves = [
      ['ArrowRight', 'plan', '创建方案'],
      ['ArrowRight', 'platform', '平台类'],
      ['ArrowLeft', 'plan', '创建方案'],
      ['Home', 'platform', '平台类'],
      ['End', 'plan', '创建方案'],
      ['ArrowLeft', 'base', '基地类'],
    ] as const;
    for (const [key, hash, tab] of moves) {
      await page.keyboard.press(key);
      await page.waitForURL(new RegExp(`#${hash}$`));
      await expectOnePanelFor(tab);
      expect(await focusedTab(), `${key} → ${tab}`).toBe(tab);
      if (hash === 'plan') expect(await activePanel(page).getByRole('article').count()).toBe(6);
    }
    await expect.poll(() => activePanel(page).getByRole('article', { name: '入驻优质企业占比' }).isVisible()).toBe(true);

    // Tab leaves the tab list for the panel's content rather than stepping through the other tabs.
    await page.keyboard.press('Tab');
    expect(await focusedTab()).toBe(null);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'standards-keyboard-phone');
    await page.context().close();
  });
});
