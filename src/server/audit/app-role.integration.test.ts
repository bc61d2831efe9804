// F7 item 1 (ADR 0018; 等保2.0 三级 8.1.4.3 c, 8.1.4.2 d): the application's database role shifan_app can run the
// business but cannot change or remove audit records or their hash chain, and every table keeps its grants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { appRoleTableGrants, asAppRole, attemptChange, currentRole, sequencesWithoutAppRoleUsage, type ChainChange } from '../../db/testing/audit-chain-fixtures';
import { createOrganisation } from '../../db/testing/builders';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { createScratchDatabase } from '../../db/testing/scratch-postgres';
import { verifyAuditChain } from './verify-audit-chain';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const adminUrl = process.env.TEST_DATABASE_URL;

const entry = (objectId: string) => ({
  occurredAt: new Date('2026-11-28T02:00:00Z'),
  requestId: null,
  actorUserId: null,
  actorRole: null,
  action: 'test.as_app_role',
  objectType: 'test',
  objectId,
  before: null,
  after: null,
  ip: null,
});

describe('application database role shifan_app', () => {
  it('gives every table the business grants, and audit_log/audit_chain no right to change or remove rows', async () => {
    const grants = await appRoleTableGrants(database.db);
    const expected = (name: string) =>
      name === 'audit_log'
        ? { select: true, insert: true, update: false, delete: false, truncate: false }
        : name === 'audit_chain'
          ? { select: true, insert: false, update: false, delete: false, truncate: false }
          : { select: true, insert: true, update: true, delete: true, truncate: false };
    expect(grants.length).toBeGreaterThan(30);
    expect(grants).toEqual(grants.map((row) => ({ name: row.name, ...expected(row.name) })));
  });

  it('may use every sequence', async () => {
    expect(await sequencesWithoutAppRoleUsage(database.db)).toEqual([]);
  });

  it.each<ChainChange>(['UPDATE audit_log', 'DELETE FROM audit_log', 'TRUNCATE audit_log', 'DELETE FROM audit_chain', 'INSERT INTO audit_chain'])(
    '%s is refused by the grants (42501 permission denied), not only by a trigger',
    async (change) => {
      await auditLogRepository.append(database.db, entry('denied'));
      const refused = await asAppRole(database.db, (_tx, tryChange) => tryChange(change));
      expect(refused?.code).toBe('42501');
      expect(refused?.message).toMatch(/permission denied/);
    },
  );

  it('the owner meets the append-only trigger instead', async () => {
    expect(await attemptChange(database.db, 'UPDATE audit_log')).toMatchObject({ code: '42501', message: 'audit_log is append-only' });
  });

  it('runs the business: inserts and reads business tables and writes audit records that are sealed at commit', async () => {
    const { organisation, role } = await asAppRole(database.db, async (tx) => {
      const created = await createOrganisation(tx);
      await auditLogRepository.append(tx, entry(created.id));
      return { organisation: await organisationsRepository.findById(tx, created.id), role: await currentRole(tx) };
    });
    expect(role).toBe('shifan_app');
    expect(organisation).toBeDefined();
    expect((await auditLogRepository.findByObject(database.db, 'test', organisation!.id)).length).toBe(1);
    expect((await verifyAuditChain(database.db)).isIntact).toBe(true);
  });

  it.skipIf(!adminUrl)('SHIFAN_DB_ROLE: the pool acts as the role while migrations run as the login role', async () => {
    const scratch = await createScratchDatabase(adminUrl!, 'shifan_role');
    const app = await openDatabase({ databaseUrl: scratch.url, dbRole: 'shifan_app' });
    try {
      await app.migrate();
      expect(await currentRole(app.db)).toBe('shifan_app');
      await auditLogRepository.append(app.db, entry('pooled'));
      expect(await attemptChange(app.db, 'UPDATE audit_log')).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
      expect(await verifyAuditChain(app.db)).toMatchObject({ isIntact: true, linkCount: 1 });
    } finally {
      await app.close();
      await scratch.drop();
    }
  });
});
