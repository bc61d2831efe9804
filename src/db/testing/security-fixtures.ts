// Test-only writes and reads for the F7 security tests that reach behind the use cases (only src/db imports
// drizzle): a locked account with a second factor, a role rewritten in place, every audit record as text.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, notifications } from '../schema/index';

/** Locks the account until `lockedUntil` (5 failures) and gives it a confirmed second factor. */
export async function lockWithSecondFactor(db: Db, userId: string, lockedUntil: string): Promise<void> {
  await db.execute(sql`UPDATE users SET locked_until = ${lockedUntil}, failed_login_count = 5, totp_secret = 's', totp_confirmed_at = now() WHERE id = ${userId}`);
}

/** Rewrites an assignment's role directly, as only the database's own checks would stop. */
export async function rewriteAssignmentRole(db: Db, assignmentId: string, role: string): Promise<void> {
  await db.execute(sql`UPDATE role_assignments SET role = ${role} WHERE id = ${assignmentId}`);
}

/** Every audit record's before and after as text, and every notification's words. */
export async function auditAndNotificationTexts(db: Db): Promise<{ audit: { before: string | null; after: string | null }[]; notes: { title: string; body: string }[] }> {
  const audit = await db.select({ before: sql<string | null>`${auditLog.before}::text`, after: sql<string | null>`${auditLog.after}::text` }).from(auditLog);
  const notes = await db.select({ title: notifications.title, body: notifications.body }).from(notifications);
  return { audit, notes };
}

export async function auditRecordsWithAction(db: Db, action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action));
}
