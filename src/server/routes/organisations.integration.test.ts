import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../db/testing/builders';
import type { OrganisationRow } from '../../db/repositories/organisations.repository';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let guangzhou: OrganisationRow;
let shenzhen: OrganisationRow;
beforeAll(async () => {
  t = await createTestApp();
  guangzhou = await createOrganisation(t.database.db, { cityCode: '440100', countyCode: '440106', name: '广州测试平台运营中心', contactPhone: '13811112222' });
  shenzhen = await createOrganisation(t.database.db, { cityCode: '440300', countyCode: '440305', name: '深圳测试平台运营中心' });
});
afterAll(async () => t.close());

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('organisations are scoped by role', () => {
  it('a 深圳 officer lists only 深圳 organisations', async () => {
    const { cookie } = await t.signIn('city', { cityCode: '440300' });
    const body = (await get('/api/organisations?pageSize=100', cookie)).json();
    expect(body.items.map((o: { id: string }) => o.id)).toContain(shenzhen.id);
    expect(body.items.every((o: { cityCode: string }) => o.cityCode === '440300')).toBe(true);
  });

  it('a 深圳 officer asking for a 广州 organisation gets 404, not 403', async () => {
    const { cookie } = await t.signIn('city', { cityCode: '440300' });
    const response = await get(`/api/organisations/${guangzhou.id}`, cookie);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: '未找到该记录，或您无权查看', issues: [] });
    expect((await get(`/api/organisations/${shenzhen.id}`, cookie)).statusCode).toBe(200);
  });

  it('searching by name never widens the city scope', async () => {
    const { cookie } = await t.signIn('city', { cityCode: '440300' });
    const body = (await get(`/api/organisations?q=${encodeURIComponent('广州测试平台')}`, cookie)).json();
    expect(body.total).toBe(0);
  });

  it('the province and the auditor see every city', async () => {
    for (const role of ['province', 'auditor'] as const) {
      const { cookie } = await t.signIn(role);
      expect((await get(`/api/organisations/${guangzhou.id}`, cookie)).statusCode).toBe(200);
      expect((await get(`/api/organisations/${shenzhen.id}`, cookie)).statusCode).toBe(200);
    }
  });

  it('an applicant sees its own organisation and nobody else’s', async () => {
    const own = await createOrganisation(t.database.db, { cityCode: '440300', countyCode: '440305' });
    const { cookie } = await t.signIn('applicant', { organisationId: own.id });
    const list = (await get('/api/organisations', cookie)).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([own.id]);
    expect((await get(`/api/organisations/${own.id}`, cookie)).statusCode).toBe(200);
    expect((await get(`/api/organisations/${shenzhen.id}`, cookie)).statusCode).toBe(404);
  });

  it('the detail masks the contact phone number', async () => {
    const { cookie } = await t.signIn('province');
    const body = (await get(`/api/organisations/${guangzhou.id}`, cookie)).json();
    expect(body.contactPhoneMasked).toBe('138****2222');
    expect(JSON.stringify(body)).not.toContain('13811112222');
  });

  it('lists in neutral order: city code, county code, then name (Art. 8)', async () => {
    const { cookie } = await t.signIn('province');
    const body = (await get('/api/organisations?pageSize=100', cookie)).json();
    const keys = body.items.map((o: { cityCode: string; countyCode: string; name: string }) => [o.cityCode, o.countyCode, o.name]);
    const sorted = [...keys].sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('pages through the list', async () => {
    const { cookie } = await t.signIn('province');
    const first = (await get('/api/organisations?page=1&pageSize=1', cookie)).json();
    const second = (await get('/api/organisations?page=2&pageSize=1', cookie)).json();
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(first.items[0].id).not.toBe(second.items[0].id);
    expect(first.total).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['/api/organisations?page=0', 'page', '页码最小为1'],
    ['/api/organisations?pageSize=1000', 'pageSize', '每页条数最大为100'],
    ['/api/organisations?page=abc', 'page', '页码应为数字'],
    ['/api/organisations?sort=score', 'sort', '不接受的字段：sort'],
    ['/api/organisations/not-a-uuid', 'id', '运营主体编号格式不正确'],
  ])('refuses %s with 400 naming the parameter', async (url, path, message) => {
    const { cookie } = await t.signIn('province');
    const response = await get(url, cookie);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toContainEqual({ path, message });
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    const { cookie } = await t.signIn('province');
    expect((await get(`/api/organisations?q=${encodeURIComponent('%')}`, cookie)).json().total).toBe(0);
  });
});
