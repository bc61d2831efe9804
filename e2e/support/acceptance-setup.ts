// Steps shared by the acceptance journeys that run a creation object from its period's end to 已认定 or 已退出创建
// (e2e/creation-to-certified.spec.ts, e2e/acceptance-extension-exit.spec.ts; Art. 7(3)(4), ADR 0015). What a person
// does on a page is written once here; what only sets the scene (the service data of the period, a pool expert,
// an opinion given off-stage) goes through the HTTP API as the real roles would.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { RECORD_HEADER } from '../../src/server/testing/import-requests';
import { baseUrl } from './browser';
import { confirmWith } from './forms';
import { setServerTime } from './clock';
import type { SeededCreationObject } from './data-import-setup';
import { apiLogIn, apiPost } from './review-setup';
import { asCells, serviceRecords, writeCsv } from './service-record-workbooks';
import { seeText } from './whole-path-steps';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
export const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const EXPERT_PASSWORD = 'Accept#Expert2025';

export async function apiGet<T>(cookie: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
  const text = await response.text();
  expect(response.status, `GET ${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

/**
 * The operator imports a CSV of 33 services to 33 enterprises (2023-07 … 2023-12) on 2024-03-15, in the first
 * year of its period, so the acceptance snapshot has real figures. Returns the rows stored.
 */
export async function importServiceRecords(seeded: SeededCreationObject): Promise<number> {
  setServerTime('2024-03-15T10:00');
  const tag = String((Date.now() + Math.floor(Math.random() * 1000)) % 10_000).padStart(4, '0');
  const file = writeCsv(`服务记录-${tag}.csv`, RECORD_HEADER, serviceRecords(tag).map((r) => asCells(r, RECORD_HEADER)));
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)], { type: 'text/csv' }), '服务记录.csv');
  const operator = await apiLogIn(seeded.username, seeded.password);
  const response = await fetch(`${baseUrl()}/api/creation-objects/${seeded.id}/datasets/serviceRecords/imports`, { method: 'POST', headers: { cookie: operator, 'x-requested-with': 'shifan' }, body: form });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return (JSON.parse(text) as { acceptedRows: number }).acceptedRows;
}

export interface AcceptanceExpert {
  id: string;
  name: string;
  username: string;
  password: string;
  /** The entry of the 验收专家 select: 姓名（领域，单位）. */
  option: string;
}

/**
 * A pool expert from 汕头 whose term covers exactly `fromDay` … `toDay` (the days the journey needs it), with its
 * first password already changed; deactivate it when done so no other journey draws it.
 */
export async function addAcceptanceExpert(fromDay: string, toDay = fromDay): Promise<AcceptanceExpert> {
  const province = await apiLogIn('province');
  const tag = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
  const username = `acc.exp${tag}`;
  const name = `验收专家${tag}`;
  const employer = `汕头大学${tag}`;
  const added = await apiPost<{ expert: { id: string }; initialPassword: string }>(
    province,
    '/api/experts',
    { name, field: '中小企业公共服务', employer, cityCode: '440500', termStartsOn: fromDay, termEndsOn: toDay, username },
    201,
  );
  const once = await apiLogIn(username, added.initialPassword);
  const changed = await fetch(`${baseUrl()}/api/auth/password`, { method: 'POST', headers: { ...HEADERS, cookie: once }, body: JSON.stringify({ currentPassword: added.initialPassword, newPassword: EXPERT_PASSWORD }) });
  expect(changed.status, await changed.text()).toBe(204);
  return { id: added.expert.id, name, username, password: EXPERT_PASSWORD, option: `${name}（中小企业公共服务，${employer}）` };
}

export async function deactivateExpert(expert: AcceptanceExpert): Promise<void> {
  await apiPost(await apiLogIn('province'), `/api/experts/${expert.id}/deactivate`, {});
}

interface AcceptanceState {
  lockVersion: number;
  attempts: { id: string; attempt: number }[];
}

/** The operator's submission over the API (a scene-setting step): summary, every goal, then submit. */
export async function submitAcceptanceOverApi(seeded: SeededCreationObject, summary: string): Promise<void> {
  const operator = await apiLogIn(seeded.username, seeded.password);
  const view = await apiGet<AcceptanceState & { goals: unknown[] }>(operator, `/api/creation-objects/${seeded.id}/acceptance`);
  const body = { summary, goalReports: view.goals.map((_, goalIndex) => ({ goalIndex, achieved: `目标${goalIndex + 1}已按创建方案完成。` })) };
  const saved = await fetch(`${baseUrl()}/api/creation-objects/${seeded.id}/acceptance/draft`, { method: 'PUT', headers: { ...HEADERS, cookie: operator }, body: JSON.stringify(body) });
  const savedView = JSON.parse(await saved.text()) as AcceptanceState;
  expect(saved.status).toBe(200);
  await apiPost(operator, `/api/creation-objects/${seeded.id}/acceptance/submit`, { lockVersion: savedView.lockVersion });
}

/** The province starts the current attempt's review (freezing its snapshot) and assigns the expert; the review's id. */
export async function startReviewWithExpertOverApi(objectId: string, expert: AcceptanceExpert): Promise<string> {
  const province = await apiLogIn('province');
  const view = await apiGet<AcceptanceState>(province, `/api/creation-objects/${objectId}/acceptance`);
  const started = await apiPost<AcceptanceState>(province, `/api/creation-objects/${objectId}/acceptance/start`, { lockVersion: view.lockVersion });
  const reviewId = started.attempts[0]?.id ?? '';
  await apiPost(province, `/api/acceptance-reviews/${reviewId}/experts`, { expertIds: [expert.id] });
  return reviewId;
}

/** The expert declares no conflict and gives an opinion on its newest assignment over the API. */
export async function giveOpinionOverApi(expert: AcceptanceExpert, conclusion: 'pass' | 'fail', comment: string): Promise<void> {
  const cookie = await apiLogIn(expert.username, expert.password);
  const mine = await apiGet<{ items: { id: string }[] }>(cookie, '/api/my-acceptance-reviews');
  expect(mine.items).toHaveLength(1);
  const opinionId = mine.items[0]?.id ?? '';
  await apiPost(cookie, `/api/my-acceptance-reviews/${opinionId}/declaration`, { declaration: 'none', note: '' });
  const { case: theCase } = await apiGet<{ case: { goals: unknown[]; indicatorsToJudge: { code: string }[] } }>(cookie, `/api/my-acceptance-reviews/${opinionId}`);
  const isMet = conclusion === 'pass';
  await apiPost(cookie, `/api/my-acceptance-reviews/${opinionId}/opinion`, {
    indicatorJudgements: theCase.indicatorsToJudge.map((i) => ({ code: i.code, isMet, comment: isMet ? '材料翔实，达到要求' : '佐证不足，未达到认定标准' })),
    goalJudgements: theCase.goals.map((_, goalIndex) => ({ goalIndex, achievement: isMet ? 'met' : 'partly', comment: isMet ? '已完成' : '部分完成' })),
    conclusion,
    comment,
  });
}

export const acceptanceStatus = (page: Page) => page.getByRole('status', { name: '评估验收状态' });

/** On the tab 评估验收: the 创建工作总结, each goal's 目标完成情况, one PDF; then submit after confirming. */
export async function submitAcceptanceInUi(page: Page, summary: string, goals: readonly string[], evidenceName: string): Promise<void> {
  const form = page.getByRole('form', { name: '评估验收申请' });
  await form.getByLabel('创建工作总结').fill(summary);
  for (const [i, text] of goals.entries()) await form.getByLabel(new RegExp(`^目标完成情况${i + 1}（`)).fill(text);
  await form.locator('input[type=file]').setInputFiles({ name: evidenceName, mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
  await expect.poll(() => form.getByRole('list', { name: '佐证材料' }).innerText()).toContain(evidenceName);
  await form.getByRole('button', { name: '提交评估验收申请' }).click();
  await confirmWith(page, '确定提交');
  await seeText(page, '评估验收申请已提交');
}

/** On the province's acceptance page: the outcome and its reason, after the confirmation. */
export async function decideInUi(page: Page, outcome: 'passed' | 'failed', reason: string): Promise<void> {
  const decision = page.getByRole('form', { name: '验收结论' });
  await decision.getByLabel(outcome === 'passed' ? /通过（确定为拟认定对象）/ : /^不通过$/).check();
  await decision.getByLabel('理由').fill(reason);
  await decision.getByRole('button', { name: '提交验收结论' }).click();
  await confirmWith(page, '确定提交结论');
  await seeText(page, '验收结论已作出');
}

const formItem = (page: Page, label: string | RegExp) => page.locator('.ant-form-item').filter({ has: page.locator('.ant-form-item-label label', { hasText: label }) });

/**
 * The expert, on /workspace/my-acceptance-reviews/:id after declaring no conflict: every indicator left to experts
 * 达到, every plan goal 已完成, the conclusion 通过 and an overall comment; then submit and confirm.
 */
export async function givePassingOpinionInUi(page: Page, comment: string): Promise<void> {
  await expect.poll(() => formItem(page, /是否达到$/).count()).toBeGreaterThan(0);
  const indicators = formItem(page, /是否达到$/);
  for (let i = 0; i < (await indicators.count()); i += 1) await indicators.nth(i).getByText('达到', { exact: true }).click();
  const goals = formItem(page, /^第\d+项目标完成情况$/);
  for (let i = 0; i < (await goals.count()); i += 1) await goals.nth(i).getByText('已完成', { exact: true }).click();
  await formItem(page, /^验收结论$/).getByText('通过', { exact: true }).click();
  await formItem(page, /^总体意见$/).locator('textarea').fill(comment);
  await page.getByRole('button', { name: '提交验收意见' }).click();
  await confirmWith(page, /^提\s*交$/);
  await seeText(page, '验收意见（已提交，结论：通过）');
}
