// F7 item 1 (ADR 0018; 等保2.0 三级 8.1.4.3 c): the hash chain seals every audit record at commit, and verification
// names the first record that was changed, unlinked or whose link was removed. Tampering is done the way only a
// superuser could (the tests connect as one) and repaired afterwards, so the tests share one database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { auditLogRepository, type AuditEntry } from '../../db/repositories/audit-log.repository';
import {
  appendUnsealed,
  attemptChange,
  auditIdOfObject,
  auditLogColumnCount,
  digestInputIn,
  firstLinkPrevHash,
  linksOfObject,
  overwriteAuditAfter,
  putLinkBack,
  removeAuditRecord,
  removeLink,
} from '../../db/testing/audit-chain-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { GENESIS_HASH, verifyAuditChain } from './verify-audit-chain';

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
});
afterAll(async () => t.close());

const isPostgres = Boolean(process.env.TEST_DATABASE_URL);

function entry(objectId: string, after: unknown = { n: 1 }): AuditEntry {
  return {
    occurredAt: new Date('2026-11-28T02:00:00.123Z'),
    requestId: 'req-chain',
    actorUserId: null,
    actorRole: 'province',
    action: 'test.chained',
    objectType: 'test',
    objectId,
    before: null,
    after,
    ip: '127.0.0.1',
  };
}

async function linkOf(objectId: string) {
  const [link] = await linksOfObject(db, objectId);
  if (!link) throw new Error(`no link for ${objectId}`);
  return link;
}

describe('audit hash chain', () => {
  it('seals each committed audit record, including those the app writes over HTTP, and verifies OK', async () => {
    const before = await verifyAuditChain(db);
    await t.signIn('province');
    await auditLogRepository.append(db, entry('grow-1'));
    const after = await verifyAuditChain(db);
    expect(before.isIntact && after.isIntact).toBe(true);
    expect(after.linkCount).toBeGreaterThanOrEqual(before.linkCount + 2);
    if (!after.isIntact) return;
    expect(after.head).toMatchObject({ seq: after.linkCount, auditId: await auditIdOfObject(db, 'grow-1') });
    expect(await firstLinkPrevHash(db)).toBe(GENESIS_HASH);
  });

  it('links the records of one transaction consecutively, in the order they were written', async () => {
    await db.transaction(async (tx) => {
      for (const n of [1, 2, 3]) await auditLogRepository.append(tx, entry(`batch-${n}`));
    });
    const links = [await linkOf('batch-1'), await linkOf('batch-2'), await linkOf('batch-3')];
    expect(links.map((l) => l.seq - links[0]!.seq)).toEqual([0, 1, 2]);
    expect(links.map((l) => l.auditId)).toEqual([...links.map((l) => l.auditId)].sort((a, b) => a - b));
    expect(links[1]!.prevHash).toBe(links[0]!.hash);
  });

  it('leaves no link (and no record) for a rolled-back transaction', async () => {
    const before = await verifyAuditChain(db);
    await expect(
      db.transaction(async (tx) => {
        await auditLogRepository.append(tx, entry('rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await linksOfObject(db, 'rolled-back')).toEqual([]);
    expect((await verifyAuditChain(db)).linkCount).toBe(before.linkCount);
  });

  it.skipIf(!isPostgres)('follows commit order, not insert order, between concurrent transactions', async () => {
    let written!: () => void;
    let release!: () => void;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const mayCommit = new Promise<void>((resolve) => (release = resolve));
    const slow = db.transaction(async (tx) => {
      await auditLogRepository.append(tx, entry('order-first-written'));
      written();
      await mayCommit;
    });
    await isWritten;
    await auditLogRepository.append(db, entry('order-first-committed'));
    release();
    await slow;
    const early = await linkOf('order-first-written');
    const late = await linkOf('order-first-committed');
    expect(early.auditId).toBeLessThan(late.auditId);
    expect(early.seq).toBe(late.seq + 1);
    expect((await verifyAuditChain(db)).isIntact).toBe(true);
  });

  it('names the record whose content was changed behind the triggers', async () => {
    await auditLogRepository.append(db, entry('tamper', { amount: 100 }));
    const link = await linkOf('tamper');
    await overwriteAuditAfter(db, link.auditId, { amount: 1 });
    try {
      expect(await verifyAuditChain(db)).toMatchObject({ isIntact: false, broken: { seq: link.seq, auditId: link.auditId, problem: 'hash-mismatch' } });
    } finally {
      await overwriteAuditAfter(db, link.auditId, { amount: 100 });
    }
    expect((await verifyAuditChain(db)).isIntact).toBe(true);
  });

  it('names a removed link by its sequence number', async () => {
    await auditLogRepository.append(db, entry('unlink-1'));
    await auditLogRepository.append(db, entry('unlink-2'));
    const link = await linkOf('unlink-1');
    await removeLink(db, link.seq);
    try {
      const verdict = await verifyAuditChain(db);
      expect(verdict).toMatchObject({ isIntact: false, broken: { seq: link.seq, problem: 'link-missing' } });
      if (!verdict.isIntact) expect(verdict.broken.message).toContain(`第 ${link.seq} 号链接缺失`);
    } finally {
      await putLinkBack(db, link);
    }
    expect((await verifyAuditChain(db)).isIntact).toBe(true);
  });

  it('names an audit record written with the sealing trigger off', async () => {
    const id = await appendUnsealed(db, entry('unsealed'));
    try {
      expect(await verifyAuditChain(db)).toMatchObject({ isIntact: false, broken: { seq: null, auditId: id, problem: 'record-unlinked' } });
    } finally {
      await removeAuditRecord(db, id);
    }
    expect((await verifyAuditChain(db)).isIntact).toBe(true);
  });

  it('verifies across batch boundaries', async () => {
    const whole = await verifyAuditChain(db);
    expect(whole.isIntact).toBe(true);
    expect(await verifyAuditChain(db, 2)).toEqual(whole);
  });

  it('hashes every column of audit_log, whatever the session time zone', async () => {
    await auditLogRepository.append(db, entry('digest'));
    const id = await auditIdOfObject(db, 'digest');
    const inUtc = await digestInputIn(db, id, 'UTC');
    expect(await digestInputIn(db, id, 'Asia/Shanghai')).toBe(inUtc);
    expect(JSON.parse(inUtc)).toHaveLength(await auditLogColumnCount(db));
    expect(JSON.parse(inUtc)[1]).toBe('2026-11-28T02:00:00.123000Z');
  });

  it.each(['UPDATE audit_chain', 'DELETE FROM audit_chain', 'TRUNCATE audit_chain'] as const)('refuses %s even to the owner', async (change) => {
    expect(await attemptChange(db, change)).toMatchObject({ code: '42501', message: 'audit_chain is append-only' });
    expect((await verifyAuditChain(db)).isIntact).toBe(true);
  });
});
