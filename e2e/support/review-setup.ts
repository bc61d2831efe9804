// Data for the review journeys, made through the HTTP API as the real roles would: the province publishes a
// call, new 广州 organisations register and submit complete applications, the city recommends.
import { expect } from 'vitest';
import { buildApplicationContent } from '../../src/db/testing/application-builders';
import { makeCreditCode } from '../../src/db/testing/builders';
import { MATERIAL_KINDS } from '../../src/domain/applications/application-content';
import { baseUrl, DEMO_PASSWORD } from './browser';

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const APPLICANT_PASSWORD = 'Review#Journey2026';

export async function apiLogIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ username, password }) });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function apiPost<T>(cookie: string, path: string, body: unknown, expected = 200): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { method: 'POST', headers: { ...HEADERS, cookie }, body: JSON.stringify(body) });
  const text = await response.text();
  expect(response.status, text).toBe(expected);
  return JSON.parse(text) as T;
}

async function apiGet<T>(cookie: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/**
 * A published call whose application window contains today and whose 初审 runs into next year. Journeys use years
 * before 2026 that no other journey uses: annual-call.spec.ts copies the latest published call and expects its 2026.
 */
export async function publishCall(year: number, overrides: { creationQuota?: number; cityCaps?: Record<string, number> } = {}): Promise<string> {
  const province = await apiLogIn('province');
  const { id } = await apiPost<{ id: string }>(
    province,
    '/api/calls',
    {
      year,
      title: `关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`,
      text: '各地级以上市中小企业主管部门：\n现就创建工作通知如下。申请创建不收取任何费用。',
      creationQuota: overrides.creationQuota ?? 30,
      cityCaps: overrides.cityCaps ?? {},
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      cityReviewDeadline: '2027-01-29',
      standardVersion: 'guangdong-2025-v1',
      criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
      maxScore: 10,
    },
    201,
  );
  await apiPost(province, `/api/calls/${id}/publish`, {});
  return id;
}

/** A new 广州 organisation registers, fills in a complete application and submits it to the city. */
export async function submitGuangzhouApplication(callId: string, name: string): Promise<{ id: string }> {
  const tag = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
  const username = `gz.rev${tag}`;
  await apiPost(
    '',
    '/api/registrations',
    {
      organisation: { creditCode: makeCreditCode('440100'), name: `${name}运营中心`, operatorKind: 'public_institution', isBranch: false, cityCode: '440100', countyCode: '440106', establishedOn: '2015-01-01' },
      contact: { name: '王明', phone: '13600000000' },
      account: { username, password: APPLICANT_PASSWORD },
    },
    201,
  );
  const cookie = await apiLogIn(username, APPLICANT_PASSWORD);
  const draft = await apiPost<{ id: string; lockVersion: number }>(cookie, '/api/applications', { callId }, 201);
  await apiPost(cookie, `/api/applications/${draft.id}`, { lockVersion: draft.lockVersion, content: buildApplicationContent({ name }) });
  for (const kind of MATERIAL_KINDS.filter((k) => k !== 'qualifications')) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), `${kind}.pdf`);
    const uploaded = await fetch(`${baseUrl()}/api/applications/${draft.id}/materials`, { method: 'POST', headers: { cookie, 'x-requested-with': 'shifan' }, body: form });
    expect(uploaded.status, await uploaded.text()).toBe(201);
  }
  const { lockVersion } = await apiGet<{ lockVersion: number }>(cookie, `/api/applications/${draft.id}`);
  await apiPost(cookie, `/api/applications/${draft.id}/submit`, { lockVersion });
  return { id: draft.id };
}

interface ExpertListItem {
  id: string;
  employerCreditCode: string | null;
  cityCode: string;
  termStartsOn: string;
  termEndsOn: string;
  isActive: boolean;
  avoidances: { organisationId: string }[];
}

const EXPERT_PASSWORD = 'Review#Expert2026';
const shanghaiToday = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
const SCORES = { 'plan.content': 8, 'plan.innovation': 7, 'plan.demonstration': 8, 'plan.path': 7, 'plan.expectedResults': 8, 'plan.support': 9 };

/**
 * 专家评审 through the real APIs (Art. 7(2)), so the shortlist has the submitted review it needs: the province adds
 * an expert from outside 广州 (the answer gives the one-time password), puts the applications in a review group
 * and draws every eligible expert — so the new one is certainly drawn (the server makes the seed, none is sent);
 * the expert logs in, changes the password, declares no conflict and submits scores for each application, and
 * is then deactivated.
 * `drawDate` is the server's today (the eligible count depends on the experts' terms): pass it when the journey
 * moved the server's clock.
 */
export async function reviewByOneExpert(callId: string, applicationIds: readonly string[], drawDate = shanghaiToday()): Promise<void> {
  const province = await apiLogIn('province');
  const tag = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
  const username = `rev.exp${tag}`;
  // A one-day term and deactivation once done keep this expert out of every other journey's draw.
  const added = await apiPost<{ expert: { id: string }; initialPassword: string }>(
    province,
    '/api/experts',
    { name: `评审专家${tag}`, field: '中小企业公共服务', employer: `汕头大学${tag}`, cityCode: '440500', termStartsOn: drawDate, termEndsOn: drawDate, username },
    201,
  );
  const applications = await Promise.all(applicationIds.map((id) => apiGet<{ organisationId: string; creditCode: string; cityCode: string }>(province, `/api/applications/${id}`)));
  const { items } = await apiGet<{ items: ExpertListItem[] }>(province, '/api/experts');
  // The avoidance rules of src/domain/review/expert-draw.ts, to ask for exactly every eligible expert.
  const eligible = items.filter(
    (expert) =>
      expert.isActive &&
      expert.termStartsOn <= drawDate &&
      drawDate <= expert.termEndsOn &&
      applications.every((a) => a.cityCode !== expert.cityCode && a.creditCode !== expert.employerCreditCode && !expert.avoidances.some((x) => x.organisationId === a.organisationId)),
  );
  const group = await apiPost<{ id: string }>(province, `/api/calls/${callId}/review-groups`, { name: `评审组${tag}`, expertCount: eligible.length, applicationIds }, 201);
  await apiPost(province, `/api/review-groups/${group.id}/draw`, {});

  const once = await apiLogIn(username, added.initialPassword);
  const changed = await fetch(`${baseUrl()}/api/auth/password`, { method: 'POST', headers: { ...HEADERS, cookie: once }, body: JSON.stringify({ currentPassword: added.initialPassword, newPassword: EXPERT_PASSWORD }) });
  expect(changed.status, await changed.text()).toBe(204);
  const expert = await apiLogIn(username, EXPERT_PASSWORD);
  const mine = await apiGet<{ items: { id: string }[] }>(expert, '/api/my-reviews');
  expect(mine.items).toHaveLength(applicationIds.length);
  for (const { id } of mine.items) {
    await apiPost(expert, `/api/my-reviews/${id}/declaration`, { declaration: 'none' });
    await apiPost(expert, `/api/my-reviews/${id}/scores`, { scores: SCORES, comments: { '': '方案可行，建议推荐' }, isFinal: true });
  }
  await apiPost(province, `/api/experts/${added.expert.id}/deactivate`, {});
}
