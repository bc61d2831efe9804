// The applicant's wizard (我的申报 → 新建申报 → five steps), written once for every journey that applies: what a
// person types on each step, with real small PDF and PNG files. A journey may look at each step (`onStep`), e.g. to
// take a screenshot, and decides itself when to press 提交申报.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseOption } from './forms';

// Real (tiny) files: a one-page PDF and a 1×1 PNG.
const dir = mkdtempSync(path.join(tmpdir(), 'wizard-'));
export const PDF_BYTES = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
export const PDF_FILE = path.join(dir, '盖章扫描件.pdf');
export const PNG_FILE = path.join(dir, '活动照片.png');
writeFileSync(PDF_FILE, PDF_BYTES);
writeFileSync(PNG_FILE, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** The six required kinds of material of Art. 7(1) as the wizard lists them (资质 is optional). */
export const REQUIRED_MATERIALS = [
  '创建申请书（含申请表、创建方案）盖章扫描件',
  '运营主体法人证书或营业执照复印件（承担公共服务的佐证材料）',
  '上一年度包含服务收支情况的审计报告',
  '开展相关服务的佐证材料（合同、通知、照片、总结等）',
  '集聚服务机构的合作协议或外部专家聘用协议、聘用证书复印件',
  '申报材料真实性声明（加盖单位公章）',
];

export async function pickRadio(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).locator('xpath=ancestor::label[1]').click();
}

export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  // On busy cores Enter can reach the picker before it has parsed the text; the field must show the typed day.
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** 下一步, then wait for the step's region. */
export async function nextStep(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect.poll(() => page.getByRole('region', { name: step }).isVisible().catch(() => false), { timeout: 15_000 }).toBe(true);
}

/** 我的申报 → 新建申报 → the call → 开始填写; ends on step 1 of the new draft. */
export async function startApplication(page: Page, callOption: string): Promise<void> {
  await page.getByRole('menuitem', { name: '我的申报' }).click();
  await page.waitForURL(/\/workspace\/my-applications$/);
  await page.getByRole('button', { name: '新建申报' }).click();
  await chooseOption(page, '年度创建工作通知', callOption);
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.waitForURL(/\/workspace\/applications\/[0-9a-f-]{36}\/edit$/);
}

export interface WizardEntries {
  name: string;
  summary: string;
  operatingSince: string;
  /** 任务1's 开始年月 and 完成年月 (YYYY-MM). */
  taskMonths: [string, string];
  /** Called on each step once it is filled in (1–4) and on step 5 before anything is pressed. */
  onStep?: (step: number) => Promise<void>;
}

/** Fills the five steps of a comprehensive 广州 platform that meets the creation standard; ends on step 5 complete. */
export async function fillWizard(page: Page, entries: WizardEntries): Promise<void> {
  const onStep = entries.onStep ?? (async () => undefined);

  // 1 平台（基地）信息
  await page.getByLabel('平台（基地）名称').fill(entries.name);
  await pickRadio(page, '综合服务平台');
  await chooseOption(page, '服务层级', '地市级');
  await chooseOption(page, '服务区域', '广州市');
  await typeDate(page, '开始运营日期', entries.operatingSince);
  await page.getByLabel('基本情况').fill(entries.summary);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect.poll(() => page.getByText('符合第五条申报条件', { exact: false }).first().isVisible()).toBe(true);
  await onStep(1);

  // 2 创建方案
  await nextStep(page, '创建方案');
  await chooseOption(page, '目标1：对应指标', '服务企业情况');
  await page.getByLabel('可考核的目标值').fill('年服务中小企业3000家以上');
  await page.getByLabel('任务1：名称').fill('建设线上服务大厅');
  await typeDate(page, '开始年月', entries.taskMonths[0]);
  await typeDate(page, '完成年月', entries.taskMonths[1]);
  await page.getByLabel('任务内容').fill('完成电脑端和移动端入口建设。');
  await page.getByLabel('做法1：名称').fill('政策精准推送');
  await page.getByLabel('做法说明').first().fill('按企业画像推送惠企政策。');
  await page.getByLabel('做法2：名称').fill('服务券联动');
  await page.getByLabel('做法说明').nth(1).fill('与区级服务券联动，降低企业成本。');
  const modules = page.getByLabel('拟完善的功能模块');
  await modules.fill('政策库');
  await modules.press('Enter');
  await page.getByLabel('保障措施（保障协同）').fill('设立专项资金500万元，专职服务人员20名。');
  await onStep(2);

  // 3 指标数据, checked against the creation standard
  await nextStep(page, '指标数据');
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
  await expect.poll(() => page.getByText('可量化指标均达到创建标准，其余由专家评审').isVisible()).toBe(true);
  await onStep(3);

  // 4 申报材料: the activity photos as PNG, the rest as PDF — checked by content on the server
  await nextStep(page, '申报材料');
  for (const [index, label] of REQUIRED_MATERIALS.entries()) {
    const item = page.locator('.ant-list-item', { hasText: label });
    const file = index === 3 ? PNG_FILE : PDF_FILE;
    await item.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => item.getByText(path.basename(file)).isVisible()).toBe(true);
  }
  await onStep(4);

  // 5 确认提交
  await page.getByRole('button', { name: '下一步' }).click();
  await expect.poll(() => page.getByText('申报内容和材料已齐全').isVisible()).toBe(true);
  await onStep(5);
}
