import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client';
import { createTestDatabase } from '../testing/create-test-database';
import { auditLogRepository } from './audit-log.repository';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const entry = (objectId: string) => ({
  occurredAt: new Date('2026-11-28T02:00:00Z'),
  requestId: 'req-1',
  actorUserId: null,
  actorRole: 'province',
  action: 'test.happened',
  objectType: 'test',
  objectId,
  before: { a: 1 },
  after: { a: 2 },
  ip: '127.0.0.1',
});

describe('audit log', () => {
  it('appends and reads back by object', async () => {
    await auditLogRepository.append(database.db, entry('obj-1'));
    await auditLogRepository.append(database.db, { ...entry('obj-1'), action: 'test.again' });
    const rows = await auditLogRepository.findByObject(database.db, 'test', 'obj-1');
    expect(rows.map((r) => r.action)).toEqual(['test.happened', 'test.again']);
    expect(rows[0]).toMatchObject({ before: { a: 1 }, after: { a: 2 }, actorRole: 'province', requestId: 'req-1' });
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_log SET action = 'tampered'`],
    ['DELETE', sql`DELETE FROM audit_log`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('refuses %s: the log is append-only', async (_name, statement) => {
    await auditLogRepository.append(database.db, entry('obj-2'));
    await expect(database.db.execute(statement)).rejects.toThrow();
    const rows = await auditLogRepository.findByObject(database.db, 'test', 'obj-2');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'test.happened')).toBe(true);
  });

  it('an audit record written in a failed transaction disappears with the change', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await auditLogRepository.append(tx, entry('obj-3'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await auditLogRepository.findByObject(database.db, 'test', 'obj-3')).toEqual([]);
  });
});
