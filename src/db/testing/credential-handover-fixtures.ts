// Test-only reads for ADR 0020 (split one-time passwords): the whole audit log as text, so a test can prove that
// no half of a password was ever written into any record, whatever its action or object.
import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/index';

export async function wholeAuditLogText(db: Db): Promise<string> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
  return JSON.stringify(rows);
}
