import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/index';

export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id'>;
export type AuditRow = typeof auditLog.$inferSelect;

export const auditLogRepository = {
  /** Call inside the transaction that makes the change being recorded. */
  async append(db: Db, entry: AuditEntry): Promise<void> {
    await db.insert(auditLog).values(entry);
  },

  async findByObject(db: Db, objectType: string, objectId: string): Promise<AuditRow[]> {
    return db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId)))
      .orderBy(asc(auditLog.id));
  },
};
