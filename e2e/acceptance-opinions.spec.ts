// Journey: 验收专家意见 (F5 item 1; Art. 7(3); ADR 0015). A 广州 platform is under acceptance review with its snapshot
// frozen (written into the database before the server starts); the province assigns two experts through the API;
// each logs in, sees only the object and its operator, declares no conflict, reads the case (summary, goals and
// reports, the frozen indicators) and gives an opinion — one on a 375 px phone, one on a 1280 px desktop — which
// is read-only afterwards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertsRepository } from '../src/db/repositories/experts.repository';
import { createAcceptanceUnderReview } from '../src/db/testing/acceptance-opinion-builders';
import { createOrganisation, createUser } from '../src/db/testing/builders';
import { hashPassword } from '../src/server/auth/passwords';
import { DEMO_PASSWORD, DESKTOP, hasHorizontalOverflow, launchBrowser, logIn, PHONE, screenshot } from './support/browser';
import { startSeededServer, type SeededServer } from './support/seeded-server';
import { seeText } from './support/whole-path-steps';

const OPERATOR = '广州市中小企业服务中心';
const OPEN_INDICATORS = ['数字化智能化建设情况', '运行便捷稳定情况', '运营保障机制情况', '互联互通情况'];

let browser: Browser;
let server: SeededServer<{ reviewId: string; expertIds: string[]; platform: string }>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-11-28T02:00:00Z'), async (db) => {
    const operator = await createOrganisation(db, { cityCode: '440100', countyCode: '440106', name: OPERATOR });
    const { application, review } = await createAcceptanceUnderReview(db, { organisationId: operator.id, name: '广州市中小企业综合服务平台', callYear: 2019 });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const expertIds: string[] = [];
    for (const [username, name, cityCode] of [
      ['acc.expert.phone', '陈验收', '440600'],
      ['acc.expert.desk', '林验收', '440300'],
    ] as const) {
      const { user } = await createUser(db, { role: 'expert', passwordHash, username });
      const expert = await expertsRepository.insert(db, { userId: user.id, name, field: '中小企业公共服务', employer: '华南理工大学', cityCode, termStartsOn: '2026-01-01', termEndsOn: '2028-12-31' });
      expertIds.push(expert.id);
    }
    return { reviewId: review.id, expertIds, platform: application.name };
  });
  const headers = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
  const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify({ username: 'province', password: DEMO_PASSWORD }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const assigned = await fetch(`${server.baseUrl}/api/acceptance-reviews/${server.seeded.reviewId}/experts`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ expertIds: server.seeded.expertIds }) });
  expect(assigned.status, await assigned.clone().text()).toBe(200);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const item = (page: Page, label: string) => page.locator('.ant-form-item').filter({ hasText: label });

async function judge(page: Page, conclusion: '通过' | '不通过'): Promise<void> {
  for (const [i, name] of OPEN_INDICATORS.entries()) await item(page, `${name}是否达到`).getByText(i === 2 ? '未达到' : '达到', { exact: true }).click();
  await item(page, '运营保障机制情况意见').locator('textarea').fill('运营保障制度未形成书面文件。');
  await item(page, '第1项目标完成情况').getByText('已完成', { exact: true }).click();
  await item(page, '第2项目标完成情况').getByText('部分完成', { exact: true }).click();
  await item(page, '验收结论').getByText(conclusion, { exact: true }).click();
  await item(page, '总体意见').locator('textarea').fill('平台创建目标基本完成，服务企业数量和满意度达到认定标准；服务覆盖面未达到认定标准。');
}

async function declareAndJudge(page: Page, username: string, device: 'phone' | 'desktop', conclusion: '通过' | '不通过'): Promise<void> {
  await logIn(page, username);
  await page.goto('/workspace/my-acceptance-reviews');
  await seeText(page, `${OPERATOR} · 广州市 · 第1次验收`);
  await expect.poll(() => page.getByText('未声明').count()).toBe(1);
  await screenshot(page, `acceptance-opinions-list-${device}`);
  await page.getByRole('link', { name: server.seeded.platform }).click();
  await seeText(page, '利害关系声明');
  // Before the declaration nothing of the case: no summary, no goals, no indicators.
  expect(await page.getByText('创建工作总结').count()).toBe(0);
  await screenshot(page, `acceptance-opinions-declaration-${device}`);
  await page.getByRole('button', { name: '声明无利害关系' }).click();
  await seeText(page, '两年来平台累计服务中小企业3200家');
  await seeText(page, '2025年服务1650家，2026年服务1720家。');
  await seeText(page, '指标测算结果（对照认定标准）');
  expect(await hasHorizontalOverflow(page)).toBe(false);

  // Submitting an empty form names what is missing, on the page, before anything is sent.
  await page.getByRole('button', { name: '提交验收意见' }).click();
  await seeText(page, '请评判“数字化智能化建设情况”是否达到认定标准');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await judge(page, conclusion);
  await screenshot(page, `acceptance-opinions-form-${device}`);
  await page.getByRole('button', { name: '提交验收意见' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^提\s*交$/ }).click();
  await seeText(page, `验收意见（已提交，结论：${conclusion}）`);
  expect(await page.getByRole('button', { name: '提交验收意见' }).count()).toBe(0);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, `acceptance-opinions-submitted-${device}`);
  await page.goto('/workspace/my-acceptance-reviews');
  await expect.poll(() => page.getByText('已提交', { exact: true }).count()).toBe(1);
}

describe('an expert gives an acceptance opinion', () => {
  it('on a 375 px phone', async () => {
    const page = await server.openPage(browser, PHONE);
    await declareAndJudge(page, 'acc.expert.phone', 'phone', '通过');
    await page.context().close();
  }, 120_000);

  it('on a 1280 px desktop', async () => {
    const page = await server.openPage(browser, DESKTOP);
    await declareAndJudge(page, 'acc.expert.desk', 'desktop', '不通过');
    await page.context().close();
  }, 120_000);
});

