// Browser steps of the whole-path journey (e2e/whole-path.spec.ts): each one is what a person does on the pages,
// written once so the story in the spec reads as the story of the call.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fillWizard, nextStep, PDF_BYTES, startApplication, typeDate } from './wizard-steps';


// The objector's evidence: a real (tiny) PDF.
const dir = mkdtempSync(path.join(tmpdir(), 'whole-path-'));
export const OBJECTION_PDF = path.join(dir, '异议证明材料.pdf');
writeFileSync(OBJECTION_PDF, PDF_BYTES);

/** Waits until the text is visible; a poll, because every page fetches after it renders. */
export async function seeText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout, message: `visible: ${String(text)}` }).toBe(true);
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

/** 我的申报 → 新建申报 → the five steps of the wizard, with real files → 提交申报; returns the application's id. */
export async function applyInWizard(page: Page, callOption: string, name: string, county: string): Promise<string> {
  await startApplication(page, callOption);
  await fillWizard(page, {
    name,
    summary: `平台立足${county}，面向全市中小企业提供政策、融资、培训等综合服务。`,
    operatingSince: '2017-05-01',
    taskMonths: ['2022-07', '2023-12'],
  });
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
  await nextStep(page, '创建方案');
  await nextStep(page, '指标数据');
  await nextStep(page, '申报材料');
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
  await page.getByRole('tooltip').getByRole('button', { name: /^提\s*交$/ }).last().click();
  const submitted = page.getByText(/评分（已提交，总分 [\d.]+）/);
  await expect.poll(() => submitted.isVisible()).toBe(true);
  return (await submitted.textContent()) ?? '';
}
