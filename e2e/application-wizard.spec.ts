// Journey (Art. 7(1)): the operating organisation (demo account `applicant`, 广州市中小企业公共服务中心) applies
// to the 2024 call published in beforeAll, with the server's clock inside the window: it fills the five steps of
// the wizard, uploads real small PDF and PNG files, submits, sees its 申报编号 and downloads the Word form.
// The wizard and the detail page fit a 375 px phone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, logIn, openPage, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { fillWizard, nextStep, startApplication } from './support/wizard-steps';

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
async function publishCall(): Promise<void> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username: 'province', password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${baseUrl()}/api/calls`, { method: 'POST', headers: { ...HEADERS, cookie }, body: JSON.stringify(CALL_2024) });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await fetch(`${baseUrl()}/api/calls/${id}/publish`, { method: 'POST', headers: { ...HEADERS, cookie }, body: '{}' })).status).toBe(200);
}

const CALL_OPTION = '2024年度（申报时间 2024-03-01 至 2024-04-30）';
const dir = mkdtempSync(path.join(tmpdir(), 'wizard-download-'));

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

describe('申报向导', () => {
  it('the applicant fills every step, uploads materials, submits, sees the number and downloads the form', async () => {
    const page = await openPage(browser, DESKTOP);
    await logIn(page, 'applicant');
    await startApplication(page, CALL_OPTION);
    const SHOTS = ['', 'step1', 'step2', 'step3', 'step4', 'step5'];
    await fillWizard(page, {
      name: '广州市中小企业综合服务平台',
      summary: '平台面向全市中小企业提供政策、融资、培训等综合服务。',
      operatingSince: '2018-05-01',
      taskMonths: ['2024-07', '2025-06'],
      onStep: async (step) => {
        if (step === 5) expect(await page.getByText('申报截止时间：2024年4月30日24时').isVisible()).toBe(true);
        await screenshot(page, `application-wizard-${SHOTS[step]}-desktop`);
      },
    });
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
    await startApplication(page, CALL_OPTION);
    await page.getByLabel('平台（基地）名称').fill('手机端填写的平台');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step1-phone');
    await nextStep(page, '创建方案');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'application-wizard-step2-phone');
    await nextStep(page, '指标数据');
    await nextStep(page, '申报材料');
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
