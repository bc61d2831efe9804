// Journey (Art. 14: 省级示范平台（基地）应……（二）积极参与政府部门组织的中小企业服务活动；（四）主动开展资源共享、技术指导、
// 教育培训等活动): a 广州 creation object (creating from 2023-06-12). On 2024-03-15 the operator, on a phone, records a
// government service activity and a training, attaches the sign-in sheet (PDF) to the first, and withdraws a third
// record entered by mistake with its reason — it stays listed, struck, and is not counted. 广州's officer reads the
// records at desktop width and downloads the evidence; 深圳's officer is told the object is not found.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { seeText } from './support/whole-path-steps';

const SUFFIX = Date.now().toString(36);
const NAME = `广州市义务履行示范服务平台${SUFFIX}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const EVIDENCE = '政策宣讲活动签到表.pdf';
const GOVERNMENT = { title: '2024年中小企业服务月政策宣讲', organiser: '广州市工业和信息化局', heldOn: '2024-01-10', participants: '120', description: '派出4名服务专员参加宣讲，现场解答企业咨询36次。' };
const TRAINING = { title: '数字化转型实务培训班', organiser: '番禺区中小企业', heldOn: '2024-03-01', participants: '58', description: '开设两天培训，讲授工业互联网平台应用与数据治理。' };
const MISTAKE = { title: '数字化转型实务培训班（重复录入）', organiser: '番禺区中小企业', heldOn: '2024-03-02', participants: '', description: '重复录入的记录。' };
const VOID_REASON = '与3月1日的培训记录重复，系误录';

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

const tabUrl = () => `/workspace/creation-objects/${seeded.id}?tab=obligations`;

async function recordActivity(page: Page, kind: string, values: typeof GOVERNMENT, category?: string) {
  const form = page.getByRole('form', { name: '记录义务履行情况' });
  await form.getByLabel(kind, { exact: true }).check();
  if (category) await form.getByLabel(category, { exact: true }).check();
  await form.getByLabel('活动名称').fill(values.title);
  await form.getByLabel('组织部门或合作对象').fill(values.organiser);
  await form.getByLabel('活动日期').fill(values.heldOn);
  if (values.participants) await form.getByLabel('参与人数').fill(values.participants);
  await form.getByLabel('活动情况说明').fill(values.description);
  await form.getByRole('button', { name: '保存记录' }).click();
  await expect.poll(() => page.getByRole('list', { name: '义务履行记录' }).innerText()).toContain(values.title);
}

describe('Art. 14 records: the operator records, the city reads', () => {
  it('the operator, on a phone, records a government activity and a training, attaches a PDF and withdraws a mistake', async () => {
    setServerTime('2024-03-15T10:00');
    const page = await openPage(browser, PHONE);
    await logIn(page, seeded.username, seeded.password);
    await page.goto(tabUrl());
    await seeText(page, '暂无义务履行记录');
    await recordActivity(page, '参与政府部门组织的服务活动', GOVERNMENT);
    await recordActivity(page, '资源共享、技术指导、教育培训等活动', TRAINING, '教育培训');
    await recordActivity(page, '资源共享、技术指导、教育培训等活动', MISTAKE, '教育培训');
    expect(await hasHorizontalOverflow(page)).toBe(false);

    const records = page.getByRole('list', { name: '义务履行记录' });
    const government = records.getByRole('listitem').filter({ hasText: GOVERNMENT.title });
    await government.locator('input[type=file]').setInputFiles({ name: EVIDENCE, mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => government.getByRole('list', { name: `${GOVERNMENT.title}的佐证材料` }).innerText()).toContain(EVIDENCE);

    await page.getByRole('button', { name: `作废“${MISTAKE.title}”` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('作废原因').fill(VOID_REASON);
    await dialog.getByRole('button', { name: '确认作废' }).click();
    await expect.poll(() => records.innerText()).toContain(`作废原因：${VOID_REASON}`);
    const counts = page.getByRole('group', { name: '义务履行统计' });
    await expect.poll(() => counts.innerText()).toMatch(/参与政府部门组织的服务活动\s*1\s*项/);
    expect(await counts.innerText()).toMatch(/资源共享、技术指导、教育培训等活动\s*1\s*项/);
    await seeText(page, '另有1条记录已作废，列出但不计入统计。');
    // The withdrawn record takes no more evidence and cannot be withdrawn again.
    expect(await page.getByRole('button', { name: `作废“${MISTAKE.title}”` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `为“${MISTAKE.title}”上传佐证材料` }).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'obligations-operator-phone');
    await page.context().close();

    // At desktop width the operator sees the same records as a table, with upload and 作废 on the standing ones.
    const desktop = await openPage(browser, DESKTOP);
    await logIn(desktop, seeded.username, seeded.password);
    await desktop.goto(tabUrl());
    await seeText(desktop, `作废原因：${VOID_REASON}`);
    expect(await desktop.getByRole('button', { name: /作废“/ }).count()).toBe(2);
    expect(await hasHorizontalOverflow(desktop)).toBe(false);
    await screenshot(desktop, 'obligations-operator-desktop');
    await desktop.context().close();
  });

  it('广州 officer reads the records at desktop width and downloads the evidence', async () => {
    setServerTime('2024-03-18T10:00');
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.gz');
    await page.goto(tabUrl());
    await seeText(page, GOVERNMENT.title);
    await seeText(page, TRAINING.title);
    await seeText(page, `作废原因：${VOID_REASON}`);
    expect(await page.getByRole('form', { name: '记录义务履行情况' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /作废“/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /上传佐证材料/ }).count()).toBe(0);
    const link = page.getByRole('link', { name: EVIDENCE });
    const href = await link.getAttribute('href');
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'obligations-city-desktop');
    await page.context().close();
  });

  it('深圳 officer is told the object is not found', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'city.sz');
    await page.goto(tabUrl());
    await seeText(page, '未找到该创建对象，或您无权查看');
    await page.context().close();
  });
});
