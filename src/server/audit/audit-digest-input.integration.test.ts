// ADR 0022 (等保2.0 三级 8.1.4.3 c, 8.1.4.7): the verifier rebuilds each record's hashed text in Node from its raw
// columns. It must equal the sealing trigger's audit_digest_input for every kind of record, and an owner who replaces
// that function to hide an edit must still be caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { auditChainRepository } from '../../db/repositories/audit-chain.repository';
import { auditLogRepository, type AuditEntry } from '../../db/repositories/audit-log.repository';
import { appendAuditAt, forgeDigestFunction, inSessionSettings } from '../../db/testing/audit-anchor-fixtures';
import { auditIdOfObject, digestInputIn, linksOfObject, overwriteAuditAfter } from '../../db/testing/audit-chain-fixtures';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { auditDigestInput } from './audit-digest-input';
import { chainHash, GENESIS_HASH, verifyAuditChain } from './verify-audit-chain';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const manyKeys = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${(i * 37) % 60}${'x'.repeat(i % 4)}`, i]));

const entry = (objectId: string, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  occurredAt: new Date('2026-11-28T02:00:00.123Z'),
  requestId: 'req-digest',
  actorUserId: '7f1c1a52-3b7e-4d4a-9a37-0c5e0d9b1e2f',
  actorRole: 'province',
  action: 'test.digest',
  objectType: 'test',
  objectId,
  before: null,
  after: null,
  ip: '203.0.113.7',
  ...overrides,
});

const RECORDS: Array<[string, Partial<AuditEntry>]> = [
  ['all-nulls', { requestId: null, actorUserId: null, actorRole: null, objectId: null, before: null, after: null, ip: null }],
  ['unicode', { actorRole: '省工业和信息化厅', after: { 名称: '广州市中小企业公共服务中心', emoji: '🚀👩‍💻', 'ключ': 'значение' } }],
  ['escapes', { requestId: 'quote " back \\ slash / tab\t nl\n cr\r bell\u0007 esc\u001b del\u007f', after: { 'k"\\\n': '\u0001\u001f\b\f' } }],
  ['nested', { before: { a: [1, { b: [null, true, false, { c: 'd' }] }], e: {} }, after: [[], [[[]]], { '': '' }] }],
  ['many-keys', { after: manyKeys, before: { zz: 1, a: 2, bb: 3, ab: 4, b: 5 } }],
  ['scalars', { before: 'just a string', after: 12345.678 }],
  ['numbers', { after: { n: -0.5, big: 9007199254740991, tiny: 1.5e-7, arr: [0, -1, 3.25] } }],
  ['empty-strings', { requestId: '', actorRole: '', objectId: '', ip: '' }],
];

const RAW: Array<[string, string, string | null]> = [
  ['micros', '2026-06-30 23:59:59.999999+00', '{"n": 1.0, "e": 1e2, "x": 12345678901234567890.50, "dup": 1, "dup": 2}'],
  ['zero-fraction', '2026-01-01 00:00:00+08', 'null'],
  ['before-1970', '1969-12-31 23:59:59.000001+00', '"\\u00e9\\ud83d\\ude80"'],
  ['early-year', '0999-03-04 05:06:07.5+00', '[1, "two", {"three": [3]}]'],
];

describe('audit digest input rebuilt in Node', () => {
  it('equals audit_digest_input and the sealed hash for varied records, and the chain verifies from raw columns', async () => {
    for (const [objectId, overrides] of RECORDS) await auditLogRepository.append(database.db, entry(objectId, overrides));
    for (const [objectId, occurredAt, after] of RAW) await appendAuditAt(database.db, occurredAt, objectId, after);
    const links = await auditChainRepository.findLinksAfter(database.db, 0, 10_000);
    expect(links.length).toBeGreaterThanOrEqual(RECORDS.length + RAW.length);
    let prevHash = GENESIS_HASH;
    for (const link of links) {
      const nodeInput = auditDigestInput(link.record!);
      expect(nodeInput).toBe(await digestInputIn(database.db, link.auditId, 'Asia/Shanghai'));
      expect(chainHash(prevHash, nodeInput!)).toBe(link.hash);
      prevHash = link.hash;
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: true, linkCount: links.length });
  });

  it('renders times as to_char does: microseconds, UTC, before 1970 and before year 1000', async () => {
    const inputs = await Promise.all(RAW.map(async ([objectId]) => JSON.parse(await digestInputIn(database.db, await auditIdOfObject(database.db, objectId), 'UTC'))[1]));
    expect(inputs).toEqual(['2026-06-30T23:59:59.999999Z', '2025-12-31T16:00:00.000000Z', '1969-12-31T23:59:59.000001Z', '0999-03-04T05:06:07.500000Z']);
  });

  it('catches an edited record even when audit_digest_input was replaced to vouch for it', async () => {
    await auditLogRepository.append(database.db, entry('forged', { after: { amount: 100 } }));
    const [link] = await linksOfObject(database.db, 'forged');
    const sealedInput = await digestInputIn(database.db, link!.auditId, 'UTC');
    await overwriteAuditAfter(database.db, link!.auditId, { amount: 1 });
    const putBack = await forgeDigestFunction(database.db, link!.auditId, sealedInput);
    try {
      // The database now vouches for the edited record: a verifier that asked it would see the sealed hash.
      expect(await digestInputIn(database.db, link!.auditId, 'UTC')).toBe(sealedInput);
      expect(chainHash(link!.prevHash, sealedInput)).toBe(link!.hash);
      const verdict = await verifyAuditChain(database.db);
      expect(verdict).toMatchObject({ isIntact: false, broken: { seq: link!.seq, auditId: link!.auditId, problem: 'hash-mismatch' } });
      if (!verdict.isIntact) expect(verdict.broken.message).toContain(`哈希链第 ${link!.seq} 号`);
    } finally {
      await putBack();
      await overwriteAuditAfter(database.db, link!.auditId, { amount: 100 });
    }
    expect(await digestInputIn(database.db, link!.auditId, 'UTC')).toBe(sealedInput);
    expect((await verifyAuditChain(database.db)).isIntact).toBe(true);
  });

  it('reads the same raw columns whatever the session time zone and date style', async () => {
    const inUtc = await inSessionSettings(database.db, { TimeZone: 'UTC', DateStyle: 'ISO, MDY' }, (tx) => auditChainRepository.findLinksAfter(tx, 0, 10_000));
    const inShanghai = await inSessionSettings(database.db, { TimeZone: 'Asia/Shanghai', DateStyle: 'SQL, DMY' }, (tx) =>
      auditChainRepository.findLinksAfter(tx, 0, 10_000),
    );
    expect(inShanghai).toEqual(inUtc);
    expect(inUtc.length).toBeGreaterThan(RAW.length);
  });
});
