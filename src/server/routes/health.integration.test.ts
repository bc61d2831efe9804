import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /api/health (DESIGN §7)', () => {
  it('answers exactly {status, database} naming the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });
});

describe('GET /api/divisions', () => {
  it('lists the 21 cities with their next level', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/divisions' })).json();
    expect(body.province).toEqual({ code: '440000', name: '广东省' });
    expect(body.cities).toHaveLength(21);
    expect(body.cities.find((c: { code: string }) => c.code === '441900')).toMatchObject({ name: '东莞市', childLevel: 'township' });
  });
});
