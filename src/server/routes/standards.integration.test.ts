// GET /api/v1/standards: the current standard set as data, for the public standards page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardsResponse } from '../../contracts/standards';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /api/v1/standards', () => {
  it('answers the current set with rule texts per stage and carrier, without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/standards' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const body: StandardsResponse = response.json();
    expect(body.version).toBe('guangdong-2025-v1');
    expect(body.indicators.filter((i) => i.carrier === 'platform')).toHaveLength(10);
    expect(body.indicators.filter((i) => i.carrier === 'base')).toHaveLength(8);
    expect(body.planCriteria.map((c) => c.name)).toEqual(['创建内容', '创新特色', '示范引领', '实施路径', '预期导向', '保障协同']);
    expect(body.indicators.find((i) => i.code === 'platform.servedEnterprises')).toMatchObject({
      group: '服务成效',
      name: '服务企业情况',
      type: '定量',
      creation: { required: '年服务中小企业1000家以上。', isExpertJudged: false, thresholds: [{ kind: 'compare', word: '以上', value: 1000, unit: 'count' }] },
      certification: { required: '年服务中小企业3000家以上。' },
    });
    expect(body.comparators).toContainEqual({ word: '超过', comparator: 'gt', symbol: '>' });
    expect(body.labels.stage).toEqual({ creation: '创建', certification: '认定' });
  });

  it('refuses query parameters it does not know', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/standards?version=guangdong-2024-v1' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'version', message: '不接受的字段：version' }]);
  });
});
