// Browser steps of the whole-path journey (e2e/whole-path.spec.ts): each one is what a person does on the pages,
// written once so the story in the spec reads as the story of the call.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseOption } from './forms';

// Real (tiny) files the applicants and the objector upload: a one-page PDF and a 1×1 PNG.
const dir = mkdtempSync(path.join(tmpdir(), 'whole-path-'));
export const PDF_FILE = path.join(dir, '盖章扫描件.pdf');
export const PNG_FILE = path.join(dir, '活动照片.png');
export const OBJECTION_PDF = path.join(dir, '异议证明材料.pdf');
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
writeFileSync(PDF_FILE, PDF);
writeFileSync(OBJECTION_PDF, PDF);
writeFileSync(PNG_FILE, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const REQUIRED_MATERIALS = [
  '创建申请书（含申请表、创建方案）盖章扫描件',
  '运营主体法人证书或营业执照复印件（承担公共服务的佐证材料）',
  '上一年度包含服务收支情况的审计报告',
  '开展相关服务的佐证材料（合同、通知、照片、总结等）',
  '集聚服务机构的合作协议或外部专家聘用协议、聘用证书复印件',
  '申报材料真实性声明（加盖单位公章）',
];

/** Waits until the text is visible; a poll, because every page fetches after it renders. */
export async function seeText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout, message: `visible: ${String(text)}` }).toBe(true);
}

export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** 年度创建通知 → 新建空白草稿: every field of the call typed in, saved, then published after the confirmation. */
export async function publishCallInUi(page: Page, call: { year: number; opensOn: string; closesOn: string; cityReviewDeadline: string; quota: number; guangzhouCap: number }): Promise<string> {
  await page.getByRole('menuitem', { name: '年度创建通知' }).click();
  await page.waitForURL(/\/workspace\/calls$/);
  await page.getByRole('link', { name: '新建空白草稿' }).click();
  await page.waitForURL(/\/workspace\/calls\/new$/);
  await page.getByLabel('年度', { exact: true }).fill(String(call.year));
  await page.getByLabel('通知标题').fill(`关于开展${call.year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`);
  await page.getByLabel('通知正文').fill(`各地级以上市中小企业主管部门：\n现就${call.year}年度创建工作通知如下。申请创建不收取任何费用。`);
  await page.getByLabel('年度创建数量').fill(String(call.quota));
  await typeDate(page, '申报开始日期', call.opensOn);
  await typeDate(page, '申报截止日期', call.closesOn);
  await typeDate(page, '初审截止日期', call.cityReviewDeadline);
  await page.getByLabel('广州市推荐名额').fill(String(call.guangzhouCap));
  const weights = { 创建内容: 20, 创新特色: 20, 示范引领: 20, 实施路径: 15, 预期导向: 15, 保障协同: 10 };
  for (const [criterion, weight] of Object.entries(weights)) await page.getByLabel(criterion, { exact: true }).fill(String(weight));
  await expect.poll(() => page.getByLabel('权重合计').innerText()).toBe('100');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/\/workspace\/calls\/[0-9a-f-]{36}$/);
  const callId = page.url().split('/').pop() as string;
  await page.getByRole('button', { name: '发布通知' }).click();
  await expect.poll(() => page.locator('.ant-modal-confirm-title').innerText()).toBe(`发布${call.year}年度创建工作通知？`);
  await page.getByRole('button', { name: '确认发布' }).click();
  await seeText(page, '各地市推荐名额');
  await expect.poll(() => page.getByText('已发布', { exact: true }).first().isVisible()).toBe(true);
  return callId;
}

async function pickRadio(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).locator('xpath=ancestor::label[1]').click();
}

async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect.poll(() => page.getByRole('region', { name: step }).isVisible().catch(() => false), { timeout: 15_000 }).toBe(true);
}

/** 我的申报 → 新建申报 → the five steps of the wizard, with real files → 提交申报; returns the application's id. */
export async function applyInWizard(page: Page, callOption: string, name: string, county: string): Promise<string> {
  await page.getByRole('menuitem', { name: '我的申报' }).click();
  await page.waitForURL(/\/workspace\/my-applications$/);
  await page.getByRole('button', { name: '新建申报' }).click();
  await chooseOption(page, '年度创建工作通知', callOption);
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}\/edit$/);

  // 1 平台（基地）信息
  await page.getByLabel('平台（基地）名称').fill(name);
  await pickRadio(page, '综合服务平台');
  await chooseOption(page, '服务层级', '地市级');
  await chooseOption(page, '服务区域', '广州市');
  await typeDate(page, '开始运营日期', '2017-05-01');
  await page.getByLabel('基本情况').fill(`平台立足${county}，面向全市中小企业提供政策、融资、培训等综合服务。`);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await seeText(page, '符合第五条申报条件');

  // 2 创建方案
  await next(page, '创建方案');
  await chooseOption(page, '目标1：对应指标', '服务企业情况');
  await page.getByLabel('可考核的目标值').fill('年服务中小企业3000家以上');
  await page.getByLabel('任务1：名称').fill('建设线上服务大厅');
  await typeDate(page, '开始年月', '2022-07');
  await typeDate(page, '完成年月', '2023-12');
  await page.getByLabel('任务内容').fill('完成电脑端和移动端入口建设。');
  await page.getByLabel('做法1：名称').fill('政策精准推送');
  await page.getByLabel('做法说明').first().fill('按企业画像推送惠企政策。');
  await page.getByLabel('做法2：名称').fill('服务券联动');
  await page.getByLabel('做法说明').nth(1).fill('与区级服务券联动，降低企业成本。');
  const modules = page.getByLabel('拟完善的功能模块');
  await modules.fill('政策库');
  await modules.press('Enter');
  await page.getByLabel('保障措施（保障协同）').fill('设立专项资金500万元，专职服务人员20名。');

  // 3 指标数据, checked against the creation standard
  await next(page, '指标数据');
  for (const item of ['创业指导', '管理咨询', '人才培训']) await page.getByRole('checkbox', { name: item }).check();
  await page.getByLabel('汇聚服务机构（专家）数量（家/人）').fill('90');
  await page.getByLabel('年服务中小企业数（家）').fill('1200');
  for (const division of ['越秀区', '海珠区', '荔湾区', '天河区', '白云区']) await chooseOption(page, '已覆盖的下一级行政区', division);
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
  await seeText(page, '可量化指标均达到创建标准，其余由专家评审');

  // 4 申报材料: the activity photos as PNG, the rest as PDF
  await next(page, '申报材料');
  for (const [index, label] of REQUIRED_MATERIALS.entries()) {
    const item = page.locator('.ant-list-item', { hasText: label });
    const file = index === 3 ? PNG_FILE : PDF_FILE;
    await item.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => item.getByText(path.basename(file)).isVisible()).toBe(true);
  }

  // 5 确认提交
  await page.getByRole('button', { name: '下一步' }).click();
  await seeText(page, '申报内容和材料已齐全');
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() as string;
}

/** From the detail page of a returned application: 按退回意见修改, change the summary, walk to step 5, 重新提交. */
export async function reviseAndResubmit(page: Page, addition: string): Promise<void> {
  await page.getByRole('link', { name: '按退回意见修改' }).click();
  await page.waitForURL(/\/edit$/);
  const summary = page.getByLabel('基本情况');
  await expect.poll(() => summary.inputValue()).not.toBe('');
  await summary.fill(`${await summary.inputValue()}${addition}`);
  await next(page, '创建方案');
  await next(page, '指标数据');
  await next(page, '申报材料');
  await page.getByRole('button', { name: '下一步' }).click();
  await seeText(page, '修改后重新提交截止时间', 15_000);
  await page.getByRole('button', { name: '重新提交' }).click();
  await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}$/);
}

export interface ExpertToAdd {
  name: string;
  city: string;
  username: string;
}

/** 评审专家库 → 添加专家; returns the one-time password the dialog shows once. */
export async function addExpert(page: Page, expert: ExpertToAdd, term: { from: string; to: string }): Promise<string> {
  await page.getByRole('button', { name: '添加专家' }).click();
  const dialog = page.getByRole('dialog', { name: '添加评审专家' });
  await dialog.getByLabel('姓名').fill(expert.name);
  await dialog.getByLabel('专业领域').fill('中小企业公共服务');
  await dialog.getByLabel('工作单位', { exact: true }).fill('华南某大学');
  await dialog.getByLabel('所在地市').click();
  await page.keyboard.type(expert.city);
  await page.keyboard.press('Enter');
  await typeDate(page, '聘期开始日期', term.from);
  await typeDate(page, '聘期结束日期', term.to);
  await dialog.getByLabel('登录用户名').fill(expert.username);
  await dialog.getByRole('button', { name: /添\s*加/ }).click();
  const done = page.getByRole('dialog', { name: '专家账号已开通' });
  await expect.poll(() => done.isVisible()).toBe(true);
  const password = ((await done.getByTestId('initial-password').textContent()) ?? '').trim();
  await done.getByRole('button', { name: '我已记下' }).click();
  return password;
}

/** A first login: the one-time password must be replaced before anything else. */
export async function changeInitialPassword(page: Page, current: string, chosen: string): Promise<void> {
  await page.waitForURL(/\/workspace\/password$/);
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('确认新密码').fill(chosen);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.waitForURL(/\/workspace$/);
}

export type CriterionScores = Record<'创建内容' | '创新特色' | '示范引领' | '实施路径' | '预期导向' | '保障协同', number>;

/** 我的评审 → one assignment: declare no conflict, score the six criteria with comments, submit. */
export async function scoreAssignment(page: Page, platformName: string, scores: CriterionScores): Promise<string> {
  await page.goto('/workspace/my-reviews');
  await page.getByRole('link', { name: platformName }).click();
  await page.getByRole('button', { name: '声明无利害关系' }).click();
  for (const [criterion, score] of Object.entries(scores)) {
    await page.getByLabel(`${criterion}得分`).fill(String(score));
    await page.getByLabel(`${criterion}评审意见`).fill(`${criterion}：${score >= 8 ? '较好' : '基本符合要求'}。`);
  }
  await page.getByLabel('总体评审意见').fill('方案总体可行，目标可考核。');
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('button', { name: /提\s*交/ }).last().click();
  const submitted = page.getByText(/评分（已提交，总分 [\d.]+）/);
  await expect.poll(() => submitted.isVisible()).toBe(true);
  return (await submitted.textContent()) ?? '';
}
