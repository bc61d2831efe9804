// 数据接口密钥 (F4 item 2(b)) through HTTP: the key is answered once and only its SHA-256 and prefix are stored, at
// most 5 are active per creation object, revocation is final, only the operator manages them, every change audited.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let province: SignedIn;
let auditor: SignedIn;
let nextCallYear = 2060;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-07-10T02:00:00Z'));
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  province = await t.signIn('province');
  auditor = await t.signIn('auditor');
});
afterAll(async () => t.close());

async function newObject(state?: LifecycleState) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', callYear: nextCallYear, ...(state ? { state } : {}) });
}
const create = (who: SignedIn, id: string, label = '业务系统对接') =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/api-keys`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: { label } });
const revoke = (who: SignedIn, id: string, keyId: string) =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/api-keys/${keyId}/revoke`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: {} });
const list = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/api-keys`, headers: { cookie: who.cookie } });

describe('creating a key', () => {
  it('answers the key once; the database keeps only its SHA-256 and prefix; the audit never sees it', async () => {
    const object = await newObject();
    const response = await create(operator, object.id);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const created = response.json();
    expect(created.key).toMatch(/^sfk_[a-z2-7]{32}$/);
    expect(created).toMatchObject({ label: '业务系统对接', keyPrefix: created.key.slice(0, 12), isActive: true, revokedAt: null, lastUsedAt: null });

    const stored = await apiKeysRepository.findById(t.database.db, created.id);
    expect(stored?.keySha256).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const audit = await auditLogRepository.findByObject(t.database.db, 'api_key', created.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'apiKey.created', actorUserId: operator.userId })]);
    expect(JSON.stringify(audit)).not.toContain(created.key);
    expect(JSON.stringify(audit)).not.toContain(stored?.keySha256);

    for (const who of [operator, gz, province, auditor]) {
      const shown = await list(who, object.id);
      expect(shown.statusCode).toBe(200);
      expect(shown.json()).toEqual({ keys: [expect.objectContaining({ id: created.id, keyPrefix: created.keyPrefix, createdByName: expect.any(String) })], maxActive: 5 });
      expect(shown.body).not.toContain(created.key);
    }
  });

  it('draws a different key each time', async () => {
    const object = await newObject();
    const a = (await create(operator, object.id)).json();
    const b = (await create(operator, object.id)).json();
    expect(a.key).not.toBe(b.key);
    expect(a.keyPrefix).not.toBe(b.keyPrefix);
  });

  it('allows 5 active keys, refuses a 6th with 409, and allows one again after a revocation', async () => {
    const object = await newObject();
    const keys = [];
    for (let i = 1; i <= 5; i += 1) {
      const response = await create(operator, object.id, `系统${i}`);
      expect(response.statusCode).toBe(201);
      keys.push(response.json());
    }
    const sixth = await create(operator, object.id, '系统6');
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json()).toMatchObject({ code: 'API_KEY_LIMIT_REACHED', message: '每个平台（基地）最多同时有5个有效密钥，请先吊销不再使用的密钥' });
    expect((await revoke(operator, object.id, keys[0].id)).statusCode).toBe(200);
    expect((await create(operator, object.id, '系统6')).statusCode).toBe(201);
    expect(await apiKeysRepository.countActive(t.database.db, object.id)).toBe(5);
  });

  it('counts 5 at most even when several requests arrive at once', async () => {
    const object = await newObject();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => create(operator, object.id, `并发${i}`)));
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(5);
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(3);
    expect(await apiKeysRepository.countActive(t.database.db, object.id)).toBe(5);
  });

  it('is the operator’s alone: another operator gets 404, officers 403', async () => {
    const object = await newObject();
    expect((await create(otherOperator, object.id)).statusCode).toBe(404);
    for (const who of [gz, province, auditor]) expect((await create(who, object.id)).statusCode).toBe(403);
    expect((await list(otherOperator, object.id)).statusCode).toBe(404);
    expect((await list(sz, object.id)).statusCode).toBe(404);
  });

  it('refuses a missing or too long label with a Chinese field message', async () => {
    const object = await newObject();
    expect((await create(operator, object.id, '')).json().issues).toEqual([{ path: 'label', message: '请填写密钥用途' }]);
    expect((await create(operator, object.id, '名'.repeat(51))).json().issues).toEqual([{ path: 'label', message: '密钥用途不能超过50个字' }]);
  });

  it('is refused for an object no longer collecting data', async () => {
    const object = await newObject('exited');
    const response = await create(operator, object.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
  });
});

describe('revoking a key', () => {
  it('is final and audited; revoking again is 409', async () => {
    const object = await newObject();
    const key = (await create(operator, object.id)).json();
    const response = await revoke(operator, object.id, key.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: key.id, isActive: false, revokedAt: '2026-07-10T02:00:00.000Z' });
    const again = await revoke(operator, object.id, key.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED', message: '该密钥已吊销，吊销不能撤回' });
    const audit = await auditLogRepository.findByObject(t.database.db, 'api_key', key.id);
    expect(audit.map((a) => a.action)).toEqual(['apiKey.created', 'apiKey.revoked']);
    expect((await list(operator, object.id)).json().keys).toEqual([expect.objectContaining({ id: key.id, isActive: false })]);
  });

  it('finds only the object’s own keys: a key of another object is 404', async () => {
    const object = await newObject();
    const other = await newObject();
    const key = (await create(operator, other.id)).json();
    expect((await revoke(operator, object.id, key.id)).statusCode).toBe(404);
    expect((await revoke(otherOperator, other.id, key.id)).statusCode).toBe(404);
    expect((await revoke(gz, other.id, key.id)).statusCode).toBe(403);
    expect((await apiKeysRepository.findById(t.database.db, key.id))?.revokedAt).toBeNull();
  });
});
