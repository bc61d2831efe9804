// The JSON push API (F4 item 2(b)) through HTTP: the key alone decides the platform — a key of platform 1 can only
// ever write to platform 1 —, unknown and revoked keys get the same 401, records are checked by the import engine
// (all problems answered, by record index), the same records pushed twice are stored once, malformed bodies are 400
// (never 500), another key cannot read an import, and each key is rate limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { makeCreditCode } from '../../db/testing/builders';
import { countServiceRecords, listImportsOf } from '../../db/testing/creation-data-counts';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let nextCallYear = 2030;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-07-10T02:00:00Z'));
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
});
afterAll(async () => t.close());

async function newPlatform(owner: SignedIn = operator, state?: LifecycleState) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: owner.organisationId ?? '', callYear: nextCallYear, ...(state ? { state } : {}) });
}

async function newKey(owner: SignedIn, objectId: string): Promise<{ id: string; key: string }> {
  const response = await t.app.inject({ method: 'POST', url: `/api/creation-objects/${objectId}/api-keys`, headers: { ...JSON_HEADERS, cookie: owner.cookie }, payload: { label: '对接测试' } });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

const record = (overrides: Record<string, unknown> = {}) => ({
  creditCode: makeCreditCode('440100'),
  enterpriseName: '广州某科技有限公司',
  divisionCode: '440106',
  serviceItem: '管理咨询',
  serviceDate: '2026-03-05',
  channel: '线上',
  satisfaction: 5,
  ...overrides,
});

const push = (key: string | null, payload: unknown, dataset = 'serviceRecords', headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/creation-data/${dataset}`,
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('a key writes to its own platform only', () => {
  it('stores the records under the key’s platform and nowhere else, audited as an API import', async () => {
    const platform1 = await newPlatform(operator);
    const platform2 = await newPlatform(otherOperator);
    const keyA = await newKey(operator, platform1.id);
    const records = [record(), record(), record()];

    const response = await push(keyA.key, { records });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ totalRows: 3, acceptedRows: 3, duplicateRows: 0, rejectedRows: 0, problems: [] });
    expect(await countServiceRecords(t.database.db, platform1.id)).toBe(3);
    expect(await countServiceRecords(t.database.db, platform2.id)).toBe(0);

    const [pushed] = await listImportsOf(t.database.db, platform1.id);
    expect(pushed).toMatchObject({ id: response.json().importId, source: 'api', apiKeyId: keyA.id, createdBy: null, dataset: 'serviceRecords' });
    expect(await listImportsOf(t.database.db, platform2.id)).toEqual([]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'application', platform1.id);
    expect(audit.filter((a) => a.action === 'creationData.imported')).toEqual([
      expect.objectContaining({ actorUserId: null, after: expect.objectContaining({ importId: response.json().importId, source: 'api', apiKeyId: keyA.id }) }),
    ]);

    // The same records with platform 2's own key land under platform 2, and are new there.
    const keyB = await newKey(otherOperator, platform2.id);
    expect((await push(keyB.key, { records })).json()).toMatchObject({ acceptedRows: 3, duplicateRows: 0 });
    expect(await countServiceRecords(t.database.db, platform1.id)).toBe(3);
    expect(await countServiceRecords(t.database.db, platform2.id)).toBe(3);
  });

  it('counts the same records pushed twice once: the second push is duplicates only', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const records = [record({ externalId: 'FW-1' }), record({ externalId: 'FW-2' })];
    expect((await push(key, { records })).json()).toMatchObject({ acceptedRows: 2, duplicateRows: 0 });
    expect((await push(key, { records })).json()).toMatchObject({ totalRows: 2, acceptedRows: 0, duplicateRows: 2, rejectedRows: 0 });
    expect(await countServiceRecords(t.database.db, platform.id)).toBe(2);
  });

  it('records when the key was last used', async () => {
    const platform = await newPlatform();
    const created = await newKey(operator, platform.id);
    await push(created.key, { records: [record()] });
    expect((await apiKeysRepository.findById(t.database.db, created.id))?.lastUsedAt?.toISOString()).toBe('2026-07-10T02:00:00.000Z');
  });
});

describe('the key', () => {
  it('is refused with one and the same 401 when missing, malformed, unknown or revoked, and nothing is stored', async () => {
    const platform = await newPlatform();
    const created = await newKey(operator, platform.id);
    const unknown = `sfk_${'a'.repeat(32)}`;
    const wrongTail = `${created.key.slice(0, 12)}${created.key.slice(12).split('').reverse().join('')}`;
    await t.app.inject({ method: 'POST', url: `/api/creation-objects/${platform.id}/api-keys/${created.id}/revoke`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: {} });

    const answers = [
      await push(null, { records: [record()] }),
      await push('not-a-key', { records: [record()] }),
      await push(unknown, { records: [record()] }),
      await push(wrongTail, { records: [record()] }),
      await push(created.key, { records: [record()] }),
      await push(created.key, '{not json'),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toEqual({ code: 'API_KEY_INVALID', message: answers[0]?.json().message, issues: [] });
    }
    expect(await countServiceRecords(t.database.db, platform.id)).toBe(0);
  });

  it('is not a session: a signed-in operator without a key gets 401', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/creation-data/serviceRecords', headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: { records: [record()] } });
    expect(response.statusCode).toBe(401);
  });
});

describe('what is pushed', () => {
  it('answers every problem by record index and field; the valid records are stored', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const records = [record(), record({ creditCode: '91440101MA59ABCD1X', satisfaction: 7 }), record({ serviceDate: '2026-02-30' })];
    const response = await push(key, { records });
    expect(response.statusCode).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({ totalRows: 3, acceptedRows: 1, rejectedRows: 2 });
    expect(result.problems.map((p: { index: number; field: string; value: string }) => [p.index, p.field, p.value])).toEqual([
      [1, 'creditCode', '91440101MA59ABCD1X'],
      [1, 'satisfaction', '7'],
      [2, 'serviceDate', '2026-02-30'],
    ]);
    for (const problem of result.problems) expect(problem.reason).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countServiceRecords(t.database.db, platform.id)).toBe(1);
  });

  it('answers all problems, not only the first ones', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const records = Array.from({ length: 60 }, () => record({ channel: '邮寄' }));
    const result = (await push(key, { records })).json();
    expect(result.rejectedRows).toBe(60);
    expect(result.problems).toHaveLength(60);
    expect(result.problems.at(-1)).toMatchObject({ index: 59, field: 'channel', value: '邮寄' });
  });

  it.each([
    ['a body that is not JSON', '{"records": [', 'MALFORMED_REQUEST'],
    ['no records', {}, 'VALIDATION_FAILED'],
    ['records not a list', { records: 'x' }, 'VALIDATION_FAILED'],
    ['an empty list', { records: [] }, 'VALIDATION_FAILED'],
    ['a record that is not an object', { records: [1] }, 'VALIDATION_FAILED'],
    ['a record that is a list', { records: [[record()]] }, 'VALIDATION_FAILED'],
    ['an unknown top-level field', { records: [record()], platformId: 'x' }, 'VALIDATION_FAILED'],
    ['a field the dataset does not have', { records: [record(), record({ satisfacton: 5 })] }, 'VALIDATION_FAILED'],
    ['a NUL character', { records: [record({ enterpriseName: 'a\u0000b' })] }, 'VALIDATION_FAILED'],
    ['a JSON array body', [record()], 'VALIDATION_FAILED'],
    ['null', 'null', 'VALIDATION_FAILED'],
  ])('refuses %s with 400 and stores nothing', async (_name, body, code) => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const response = await push(key, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe(code);
    expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countServiceRecords(t.database.db, platform.id)).toBe(0);
    expect(await listImportsOf(t.database.db, platform.id)).toEqual([]);
  });

  it('names the unknown field by record index', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const response = await push(key, { records: [record(), record({ satisfacton: 5 })] });
    expect(response.json().issues).toEqual([{ path: 'records.1.satisfacton', message: '不接受的字段：satisfacton' }]);
  });

  it('takes 5000 records and refuses 5001 with a Chinese message', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const tooMany = await push(key, { records: Array.from({ length: 5001 }, () => record()) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().issues).toEqual([{ path: 'records', message: '每次最多推送5000条记录，请分批推送' }]);
    const most = await push(key, { records: Array.from({ length: 5000 }, (_, i) => record({ externalId: `BATCH-${i}` })) });
    expect(most.statusCode, most.body).toBe(201);
    expect(most.json()).toMatchObject({ totalRows: 5000, acceptedRows: 5000 });
  }, 60_000);

  it('refuses a body over 16 MB with 413, a content type it cannot read with 415 and plain text with 400', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const huge = JSON.stringify({ records: [record({ enterpriseName: 'x'.repeat(17 * 1024 * 1024) })] });
    expect((await push(key, huge)).statusCode).toBe(413);
    expect((await push(key, '<records/>', 'serviceRecords', { 'content-type': 'application/xml' })).statusCode).toBe(415);
    // Fastify reads text/plain as a string, which is not {"records":[…]}.
    expect((await push(key, 'records', 'serviceRecords', { 'content-type': 'text/plain' })).statusCode).toBe(400);
  });

  it.each([
    ['an unknown dataset', 'nonsense', '数据集“nonsense”不存在，可用的数据集见接口说明'],
    ['a dataset of bases', 'baseEnterprises', '数据集“baseEnterprises”（入驻企业）只适用于基地，本平台不能推送'],
  ])('answers 404 for %s', async (_name, dataset, message) => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    const response = await push(key, { records: [record()] }, dataset);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe(message);
  });

  it('is closed once the platform no longer collects data', async () => {
    const platform = await newPlatform();
    const { key } = await newKey(operator, platform.id);
    // The key was made while collecting; the platform then exits (Art. 7(3)).
    await applicationsRepository.saveState(t.database.db, platform.id, platform.lockVersion, { state: 'exited', facts: platform.facts, at: new Date('2026-07-10T02:00:00Z') });
    const response = await push(key, { records: [record()] });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
  });
});

describe('reading an import back', () => {
  it('shows the import to the key that pushed it and to no other key', async () => {
    const platform = await newPlatform();
    const first = await newKey(operator, platform.id);
    const second = await newKey(operator, platform.id);
    const importId = (await push(first.key, { records: [record(), record({ channel: '邮寄' })] })).json().importId;
    const get = (key: string, id = importId) => t.app.inject({ method: 'GET', url: `/api/v1/creation-data/imports/${id}`, headers: { authorization: `Bearer ${key}` } });

    const mine = await get(first.key);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ importId, dataset: 'serviceRecords', totalRows: 2, acceptedRows: 1, rejectedRows: 1, rejectedByField: { channel: 1 } });
    expect((await get(second.key)).statusCode).toBe(404);
    expect((await get(first.key, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get(first.key, 'not-an-id')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/creation-data/imports/${importId}` })).statusCode).toBe(401);
  });
});

describe('rate limit', () => {
  it('allows 60 requests a minute per key, then 429 with Retry-After; another key is not affected', async () => {
    const platform = await newPlatform();
    const busy = await newKey(operator, platform.id);
    const calm = await newKey(operator, platform.id);
    const get = (key: string) => t.app.inject({ method: 'GET', url: '/api/v1/creation-data/imports/00000000-0000-4000-8000-000000000000', headers: { authorization: `Bearer ${key}` } });
    for (let i = 0; i < 60; i += 1) expect((await get(busy.key)).statusCode).toBe(404);
    const limited = await get(busy.key);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await get(calm.key)).statusCode).toBe(404);
  });
});
