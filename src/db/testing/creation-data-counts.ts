// What a creation object holds, counted straight from the tables, so push and import tests can assert where records
// landed without going through the code under test.
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, dataImports, serviceRecords } from '../schema/index';

export async function countServiceRecords(db: Db, applicationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(serviceRecords).where(eq(serviceRecords.applicationId, applicationId));
  return row?.n ?? 0;
}

export async function listImportsOf(db: Db, applicationId: string) {
  return db.select().from(dataImports).where(eq(dataImports.applicationId, applicationId)).orderBy(dataImports.createdAt);
}

/** The audit records of one action on one object, oldest first. */
export async function findAuditRecords(db: Db, action: string, objectId: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.objectId, objectId))).orderBy(auditLog.id);
}

/**
 * Tries to change an application's state directly, giving up after `lockTimeoutMs` when another transaction holds
 * its row (concurrency tests: does an import keep the object from changing under it?).
 */
export async function changeStateWithLockTimeout(db: Db, applicationId: string, state: string, lockTimeoutMs: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, true)`);
    await tx.execute(sql`UPDATE applications SET state = ${state} WHERE id = ${applicationId}`);
  });
}
