// Journey (Art. 12: 经查实存在数据、资料弄虚作假的，取消创建资格，理由向社会公布): a new 广州 operator's platform is a
// creation object from 2023-06-12. On 2024-03-15 the province records on its 失信与撤销 tab that its service data
// were verified as fabricated; a dialog states the consequence in words first; right after, it attaches the
// verification report (PDF) as evidence. The operator, on a phone, reads 已取消创建资格 with the reason but not the
// evidence; the public, on a phone, finds it at /revocations from the home page, without the source or evidence.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const NAME = `广州市失信撤销示范服务平台${Date.now().toString(36)}`;
const SOURCE = '省工业和信息化厅数据核查报告（粤工信核〔2024〕7号）';
const REASON = '经核查，该平台2023年下半年报送的服务记录中有286条服务对象为虚构企业，存在数据弄虚作假。';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const EVIDENCE = '数据核查报告（粤工信核〔2024〕7号）.pdf';

let browser: Browser;
let seeded: SeededCreationObject;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
}, 180_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

describe('verified data fraud cancels a creation, and the reason is published', () => {
  it('the province records the finding after reading the consequence', async () => {
    setServerTime('2024-03-15T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=integrity`);
    const form = page.getByRole('form', { name: '记录失信情形' });
    await form.getByLabel('经查实数据、资料弄虚作假').check();
    await form.getByLabel('认定依据（名单来源或核查报告）').fill(SOURCE);
    await form.getByLabel('列入或查实日期').fill('2024-03-14');
    await form.getByLabel('公布理由').fill(REASON);
    await screenshot(page, 'integrity-form-desktop');
    await form.getByRole('button', { name: '取消创建资格' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('将取消创建资格');
    expect(await dialog.innerText()).toContain('理由将向社会公布');
    await screenshot(page, 'integrity-confirm-desktop');
    await dialog.getByRole('button', { name: '确认取消创建资格' }).click();
    const findings = page.getByRole('list', { name: '失信情形记录' });
    await expect.poll(() => findings.innerText()).toContain(REASON);
    expect(await findings.innerText()).toContain('创建期 → 取消创建资格');
    expect(await form.count()).toBe(0);
    await screenshot(page, 'integrity-recorded-desktop');

    // The verification report is attached to the finding right after recording it (evidence often comes later too).
    await findings.locator('input[type=file]').setInputFiles({ name: EVIDENCE, mimeType: 'application/pdf', buffer: PDF });
    const evidence = findings.getByRole('list', { name: '核查材料' });
    await expect.poll(() => evidence.innerText()).toContain(EVIDENCE);
    const download = await page.request.get((await evidence.getByRole('link', { name: EVIDENCE }).getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    await screenshot(page, 'integrity-evidence-desktop');
    await page.context().close();

    const phone = await openPage(browser, PHONE);
    await logIn(phone, 'province');
    await phone.goto(`/workspace/creation-objects/${seeded.id}?tab=integrity`);
    await seeText(phone, EVIDENCE);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'integrity-evidence-phone');
    await phone.context().close();
  });

  it('the operator, on a phone, reads 已取消创建资格 with the reason', async () => {
    setServerTime('2024-03-15T15:00');
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto(`/workspace/creation-objects/${seeded.id}?tab=integrity`);
    await seeText(page, '已取消创建资格');
    await seeText(page, REASON);
    await seeText(page, SOURCE);
    expect(await page.getByRole('form', { name: '记录失信情形' }).count()).toBe(0);
    // The evidence is the province's and the auditors': the operator sees neither the list nor the file.
    expect(await page.getByText(EVIDENCE).count()).toBe(0);
    expect(await page.getByRole('list', { name: '核查材料' }).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'integrity-operator-phone');
    await page.context().close();
  });

  it('the public, on a phone, finds it at /revocations from the home page', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/');
    await page.getByRole('link', { name: '取消与撤销公告' }).click();
    await page.waitForURL(/\/revocations$/);
    const card = page.getByRole('list', { name: '取消与撤销决定' }).getByRole('listitem').filter({ hasText: NAME });
    await expect.poll(() => card.innerText()).toContain(REASON);
    const text = await card.innerText();
    expect(text).toContain('经查实数据、资料弄虚作假');
    expect(text).toContain('取消创建资格');
    expect(text).toContain('2024-03-15');
    expect(text).not.toContain(SOURCE);
    expect(text).not.toContain(EVIDENCE);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'revocations-phone');
    await page.context().close();

    const desktop = await openPage(browser, DESKTOP);
    await desktop.goto('/revocations');
    await expect.poll(() => desktop.getByRole('table', { name: '取消与撤销决定' }).innerText()).toContain(REASON);
    await screenshot(desktop, 'revocations-desktop');
    await desktop.context().close();
  });
});
