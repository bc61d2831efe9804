// A creation object for the data-import journey, made through the HTTP API by the people who take each step
// (Art. 7(1)(2)): the province publishes a call, a new 广州 organisation registers and applies, 广州 recommends, the
// province checks it, one expert scores it, the province shortlists it, publishes the 公示 and, after the 5 working
// days, confirms it. The server's clock is moved through 2023 (a year with a holiday schedule in the seed), so the
// journey does not depend on the real date.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApplicationContent } from '../../src/db/testing/application-builders';
import { makeCreditCode } from '../../src/db/testing/builders';
import { MATERIAL_KINDS } from '../../src/domain/applications/application-content';
import { baseUrl } from './browser';
import { setServerTime } from './clock';
import { apiLogIn, apiPost, reviewByOneExpert } from './review-setup';

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export interface SeededCreationObject {
  id: string;
  name: string;
  username: string;
  password: string;
  /** The last day of the creation period (confirmation day + 2 years). */
  endsOn: string;
}

async function apiGet<T>(cookie: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
  const text = await response.text();
  expect(response.status, `GET ${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

/**
 * Publishes a call in the first year before 2026 that no other journey has published (the dates stay in 2023
 * whatever the year: the server checks dates against its clock, not against the call's year).
 */
async function publishFreeYearCall(province: string): Promise<string> {
  for (const year of [2023, 2018, 2017, 2016, 2015, 2014, 2013, 2012, 2011, 2010, 2009, 2008]) {
    const draft = await apiPost<{ id: string }>(
      province,
      '/api/calls',
      {
        year,
        title: `关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`,
        text: '各地级以上市中小企业主管部门：\n现就创建工作通知如下。申请创建不收取任何费用。',
        creationQuota: 30,
        cityCaps: {},
        opensOn: '2023-03-01',
        closesOn: '2023-04-28',
        cityReviewDeadline: '2023-05-31',
        standardVersion: 'guangdong-2025-v1',
        criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
        maxScore: 10,
      },
      201,
    );
    const published = await fetch(`${baseUrl()}/api/calls/${draft.id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'shifan', cookie: province }, body: '{}' });
    if (published.status === 200) return draft.id;
  }
  throw new Error('no free call year for the data-import journey');
}

/** A 广州 platform (city level, comprehensive) in its creation period from 2023-06-12 to 2025-06-12. */
export async function seedCreationObject(name: string): Promise<SeededCreationObject> {
  const tag = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
  const username = `gz.import${tag}`;
  const password = 'Import#Journey2023';

  setServerTime('2023-04-10T10:00');
  const callId = await publishFreeYearCall(await apiLogIn('province'));
  await apiPost(
    '',
    '/api/registrations',
    {
      organisation: { creditCode: makeCreditCode('440100'), name: `${name}运营中心`, operatorKind: 'public_institution', isBranch: false, cityCode: '440100', countyCode: '440106', establishedOn: '2015-01-01' },
      contact: { name: '陈晓', phone: '13600000001' },
      account: { username, password },
    },
    201,
  );
  const operator = await apiLogIn(username, password);
  const draft = await apiPost<{ id: string; lockVersion: number }>(operator, '/api/applications', { callId }, 201);
  await apiPost(operator, `/api/applications/${draft.id}`, { lockVersion: draft.lockVersion, content: buildApplicationContent({ name }) });
  for (const kind of MATERIAL_KINDS.filter((k) => k !== 'qualifications')) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), `${kind}.pdf`);
    const uploaded = await fetch(`${baseUrl()}/api/applications/${draft.id}/materials`, { method: 'POST', headers: { cookie: operator, 'x-requested-with': 'shifan' }, body: form });
    expect(uploaded.status, await uploaded.text()).toBe(201);
  }
  const lockVersion = async (cookie: string) => (await apiGet<{ lockVersion: number }>(cookie, `/api/applications/${draft.id}`)).lockVersion;
  await apiPost(operator, `/api/applications/${draft.id}/submit`, { lockVersion: await lockVersion(operator) });

  const city = await apiLogIn('city.gz');
  await apiPost(city, '/api/city-review/recommendations', { callId, items: [{ id: draft.id, lockVersion: await lockVersion(city) }] });

  setServerTime('2023-05-22T10:00');
  const province = await apiLogIn('province');
  await apiPost(province, `/api/applications/${draft.id}/formal-check`, { isPassed: true }, 201);
  await reviewByOneExpert(callId, [draft.id], '2023-05-22');
  await apiPost(province, `/api/calls/${callId}/shortlist`, { items: [{ id: draft.id, lockVersion: await lockVersion(province) }] });

  // Published Monday 2023-06-05: the 5 working days end on Friday 06-09; confirmed on the next Monday.
  setServerTime('2023-06-05T09:30');
  const notice = await apiPost<{ id: string }>(await apiLogIn('province'), `/api/calls/${callId}/creation-notices`, {}, 201);
  setServerTime('2023-06-12T09:00');
  await apiPost(await apiLogIn('province'), `/api/notices/${notice.id}/confirm`, {});
  return { id: draft.id, name, username, password, endsOn: '2025-06-12' };
}

/** 创建期管理 → the creation object of that name → one of its tabs. */
export async function openCreationObjectTab(page: Page, name: string, tab: string): Promise<void> {
  await page.getByRole('menuitem', { name: '创建期管理' }).click();
  await page.waitForURL(/\/workspace\/creation-objects$/);
  await page.getByRole('link', { name }).first().click();
  await page.waitForURL(/\/workspace\/creation-objects\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: tab }).click();
}
