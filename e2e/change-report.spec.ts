// Journey (Art. 11: 运营主体发生更名……应在3个月内向地市级中小企业主管部门报告；地市审核后提出保留或撤销意见报省): a 广州
// creation object (creating from 2023-06-12) was renamed on 2023-11-10 and the operator reports it, on a phone, on
// 2024-03-15 — four months later, so the report is marked 逾期报告 — and attaches the 更名核准通知书 (PDF) right after
// filing it. 广州's officer reads and downloads it and proposes to retain; no document can be added after that. The
// province decides to retain; the object's name is the new one and the report keeps the former name.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const SUFFIX = Date.now().toString(36);
const NAME = `广州市重大变化示范服务平台${SUFFIX}`;
/** seedCreationObject names the operating organisation after the platform; Art. 11 renames the organisation. */
const OPERATOR_NAME = `${NAME}运营中心`;
const NEW_NAME = `广州市更名后服务中心${SUFFIX}`;
const DESCRIPTION = '运营主体经股东会决议更名，已于2023-11-10完成工商变更登记。';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const DOCUMENT = '企业名称变更核准通知书.pdf';

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

const tabUrl = () => `/workspace/creation-objects/${seeded.id}?tab=change-reports`;

describe('a late rename report: the city proposes to retain, the province retains', () => {
  it('the operator, on a phone, reports a rename four months after it and sees 逾期报告', async () => {
    setServerTime('2024-03-15T10:00');
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto(tabUrl());
    const form = page.getByRole('form', { name: '报告重大变化' });
    await form.getByLabel('更名').check();
    await form.getByLabel('运营主体变更后名称').fill(NEW_NAME);
    await form.getByLabel('变化发生日期').fill('2023-11-10');
    await form.getByLabel('变化情况说明').fill(DESCRIPTION);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'change-report-form-phone');
    await form.getByRole('button', { name: '提交报告' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('逾期报告');
    await dialog.getByRole('button', { name: '确认报告' }).click();
    const reports = page.getByRole('list', { name: '重大变化报告' });
    await expect.poll(() => reports.innerText()).toContain('逾期报告');
    const text = await reports.innerText();
    expect(text).toContain('待地市审核');
    expect(text).toContain('至2024-02-10（含当日）');
    expect(text).toContain(`${OPERATOR_NAME} → ${NEW_NAME}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'change-report-overdue-phone');

    // Art. 11 "报告……及相关材料": the document goes with the report, right after filing it.
    await reports.locator('input[type=file]').setInputFiles({ name: DOCUMENT, mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => reports.getByRole('list', { name: '报告材料' }).innerText()).toContain(DOCUMENT);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'change-report-document-phone');
    await page.context().close();
  });

  it('广州 officer proposes to retain', async () => {
    setServerTime('2024-03-18T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.goto(tabUrl());
    // The officer reads the operator's document in the browser session before giving an opinion.
    const document = page.getByRole('list', { name: '报告材料' }).getByRole('link', { name: DOCUMENT });
    const href = await document.getAttribute('href');
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    expect(await page.getByRole('button', { name: '上传报告材料' }).count()).toBe(0);
    const form = page.getByRole('form', { name: '地市审核意见' });
    await form.getByLabel('保留').check();
    await form.getByLabel('审核意见说明').fill('更名不影响平台服务能力和服务内容，建议保留。');
    await screenshot(page, 'change-report-city-desktop');
    await form.getByRole('button', { name: '提交意见' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认保留' }).click();
    const reports = page.getByRole('list', { name: '重大变化报告' });
    await expect.poll(() => reports.innerText()).toContain('待省级决定');
    expect(await reports.innerText()).toContain('地市意见');
    await page.context().close();
  });

  it('the province retains; the object carries the new name and the report the former one', async () => {
    setServerTime('2024-03-20T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'province');
    await page.goto(tabUrl());
    const form = page.getByRole('form', { name: '省级决定' });
    await form.getByLabel('保留').check();
    await form.getByLabel('决定理由').fill('同意地市意见，保留创建对象资格，名称随之变更。');
    await form.getByRole('button', { name: '提交决定' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain(`运营主体名称将变更为“${NEW_NAME}”`);
    await dialog.getByRole('button', { name: '确认保留' }).click();
    const reports = page.getByRole('list', { name: '重大变化报告' });
    await expect.poll(() => reports.innerText()).toContain('省级决定');
    const text = await reports.innerText();
    expect(text).toContain('保留');
    expect(text).toContain(`${OPERATOR_NAME} → ${NEW_NAME}`);
    await seeText(page, NEW_NAME);
    await screenshot(page, 'change-report-retained-desktop');
    await page.context().close();

    const phone = await openPage(browser, PHONE);
    await logIn(phone, seeded.username, seeded.password);
    await phone.goto(tabUrl());
    await seeText(phone, NEW_NAME);
    await seeText(phone, '保留');
    // The city has proposed: the document stays, no more can be added.
    await seeText(phone, DOCUMENT);
    expect(await phone.getByRole('button', { name: '上传报告材料' }).count()).toBe(0);
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await screenshot(phone, 'change-report-retained-phone');
    await phone.context().close();
  });
});
