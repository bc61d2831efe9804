// Journey (Art. 7(1)): the operating organisation (demo account `applicant`, 广州市中小企业公共服务中心) applies
// to the 2024 call published in beforeAll, with the server's clock inside the window: it fills the five steps of
// the wizard, uploads real small PDF and PNG files, submits, sees its 申报编号 and downloads the Word form.
// The wizard and the detail page fit a 375 px phone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { chooseOption } from './support/forms';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
const CALL_2024 = {
  year: 2024,
  title: '关于开展2024年度广东省中小企业公共服务示范平台（基地）创建工作的通知',
  text: '各地级以上市中小企业主管部门：\n现就2024年度创建工作通知如下。申请创建不收取任何费用。',
  creationQuota: 30,
  cityCaps: {},
  opensOn: '2024-03-01',
  closesOn: '2024-04-30',
  cityReviewDeadline: '2024-05-31',
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
};
const REQUIRED = [
  '创建申请书（含申请表、创建方案）盖章扫描件',
  '运营主体法人证书或营业执照复印件（承担公共服务的佐证材料）',
  '上一年度包含服务收支情况的审计报告',
  '开展相关服务的佐证材料（合同、通知、照片、总结等）',
  '集聚服务机构的合作协议或外部专家聘用协议、聘用证书复印件',
  '申报材料真实性声明（加盖单位公章）',
];

async function publishCall(): Promise<void> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username: 'province', password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${baseUrl()}/api/calls`, { method: 'POST', headers: { ...HEADERS, cookie }, body: JSON.stringify(CALL_2024) });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await fetch(`${baseUrl()}/api/calls/${id}/publish`, { method: 'POST', headers: { ...HEADERS, cookie }, body: '{}' })).status).toBe(200);
}

// Real (tiny) files: a one-page PDF and a 1×1 PNG.
const dir = mkdtempSync(path.join(tmpdir(), 'wizard-'));
const PDF = path.join(dir, '营业执照.pdf');
const PNG = path.join(dir, '活动照片.png');
writeFileSync(PDF, '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
writeFileSync(PNG, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  setServerTime('2024-03-15T10:00');
  await publishCall();
});
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

async function pick(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).locator('xpath=ancestor::label[1]').click();
}

async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect.poll(() => page.getByRole('region', { name: step }).isVisible().catch(() => false), { timeout: 10_000 }).toBe(true);
}

async function startApplication(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的申报' }).click();
  await page.waitForURL(/\/workspace\/my-applications$/);
  await page.getByRole('button', { name: '新建申报' }).click();
  await chooseOption(page, '年度创建工作通知', '2024年度（申报时间 2024-03-01 至 2024-04-30）');
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}\/edit$/);
}

describe('申报向导', () => {
  it('the applicant fills every step, uploads materials, submits, sees the number and downloads the form', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'applicant');
    await startApplication(page);

    // 1 平台（基地）信息
    await page.getByLabel('平台（基地）名称').fill('广州市中小企业综合服务平台');
    await pick(page, '综合服务平台');
    await chooseOption(page, '服务层级', '地市级');
    await chooseOption(page, '服务区域', '广州市');
    await typeDate(page, '开始运营日期', '2018-05-01');
    await page.getByLabel('基本情况').fill('平台面向全市中小企业提供政策、融资、培训等综合服务。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('符合第五条申报条件', { exact: false }).isVisible()).toBe(true);
    await screenshot(page, 'application-wizard-step1-desktop');

    // 2 创建方案
    await next(page, '创建方案');
    await chooseOption(page, '目标1：对应指标', '服务企业情况');
    await page.getByLabel('可考核的目标值').fill('年服务中小企业3000家以上');
    await page.getByLabel('任务1：名称').fill('建设线上服务大厅');
    await typeDate(page, '开始年月', '2024-07');
    await typeDate(page, '完成年月', '2025-06');
    await page.getByLabel('任务内容').fill('完成电脑端和移动端入口建设。');
    await page.getByLabel('做法1：名称').fill('政策精准推送');
    await page.getByLabel('做法说明').first().fill('按企业画像推送惠企政策。');
    await page.getByLabel('做法2：名称').fill('服务券联动');
    await page.getByLabel('做法说明').nth(1).fill('与区级服务券联动，降低企业成本。');
    const modules = page.getByLabel('拟完善的功能模块');
    await modules.fill('政策库');
    await modules.press('Enter');
    await page.getByLabel('保障措施（保障协同）').fill('设立专项资金500万元，专职服务人员20名。');
    await screenshot(page, 'application-wizard-step2-desktop');

    // 3 指标数据, checked against the creation standard
    await next(page, '指标数据');
    for (const item of ['创业指导', '管理咨询', '人才培训']) await page.getByRole('checkbox', { name: item }).check();
    await page.getByLabel('汇聚服务机构（专家）数量（家/人）').fill('90');
    await page.getByLabel('年服务中小企业数（家）').fill('1200');
    for (const county of ['越秀区', '海珠区', '荔湾区', '天河区', '白云区']) await chooseOption(page, '已覆盖的下一级行政区', county);
    await page.keyboard.press('Escape');
    await page.getByLabel('满意答卷数（份）').fill('85');
    await page.getByLabel('答卷总数（份）').fill('100');
    for (let event = 1; event <= 5; event += 1) {
      await page.getByRole('button', { name: '添加一场活动' }).click();
      await page.getByLabel(`第${event}场活动参加企业数（家）`).fill(String(15 + event));
    }
    await page.getByRole('switch', { name: '具备电脑端服务入口' }).click();
    await page.getByRole('switch', { name: '用户无需注册' }).click();
    await page.getByRole('button', { name: '保存并核对指标' }).click();
    await expect.poll(() => page.getByText('可量化指标均达到创建标准，其余由专家评审').isVisible()).toBe(true);
    await screenshot(page, 'application-wizard-step3-desktop');

    // 4 申报材料: PDF and PNG files, checked by content
    await next(page, '申报材料');
    for (const [index, label] of REQUIRED.entries()) {
      const item = page.locator('.ant-list-item', { hasText: label });
      await item.locator('input[type=file]').setInputFiles(index === 3 ? PNG : PDF);
      await expect.poll(() => item.getByText(index === 3 ? '活动照片.png' : '营业执照.pdf').isVisible()).toBe(true);
    }
    await screenshot(page, 'application-wizard-step4-desktop');

    // 5 确认提交
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('申报内容和材料已齐全').isVisible()).toBe(true);
    expect(await page.getByText('申报截止时间：2024年4月30日24时').isVisible()).toBe(true);
    await screenshot(page, 'application-wizard-step5-desktop');
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText(/申报编号：GD2024-440100-\d{4}/).isVisible()).toBe(true);
    expect(await page.getByText('已提交，待地市初审').first().isVisible()).toBe(true);
    expect(await page.getByText('内容校验码（SHA-256）：', { exact: false }).isVisible()).toBe(true);
    await screenshot(page, 'application-detail-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载申请表（Word）' }).click()]);
    const saved = path.join(dir, 'form.docx');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/^申请表-GD2024-440100-\d{4}-第1版\.docx$/);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    const xml = execFileSync('unzip', ['-p', saved, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('广州市中小企业综合服务平台');
    expect(xml).toContain('内容校验码（SHA-256）：');
    await page.context().close();
  });

  it('the wizard and the detail page fit a 375 px phone', async () => {
    const page = await openPage(browser, PHONE);
    await logIn(page, 'applicant');
    await page.getByRole('button', { name: /菜单/ }).click();
    await startApplication(page);
    await page.getByLabel('平台（基地）名称').fill('手机端填写的平台');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step1-phone');
    await next(page, '创建方案');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step2-phone');
    await next(page, '指标数据');
    await next(page, '申报材料');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step4-phone');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText(/还有\d+项需补充后才能提交/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '提交申报' }).isDisabled()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step5-phone');

    await page.goto('/workspace/my-applications');
    await page.getByRole('link', { name: '广州市中小企业综合服务平台' }).click();
    await expect.poll(() => page.getByText('办理记录').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-detail-phone');
    await page.context().close();
  });
});
