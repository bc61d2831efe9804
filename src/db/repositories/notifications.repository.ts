// In-app notifications (站内消息) and who receives them.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../domain/shared/roles';
import type { Db } from '../client';
import { notifications, roleAssignments, users } from '../schema/index';

export type NotificationRow = typeof notifications.$inferSelect;

/** Who a notification is for: the users holding a role, narrowed to a city or an organisation where given. */
export interface Recipients {
  role: Role;
  cityCode?: string;
  organisationId?: string;
  userIds?: readonly string[];
}

export const notificationsRepository = {
  async findRecipientIds(db: Db, recipients: Recipients): Promise<string[]> {
    const conditions = [eq(roleAssignments.role, recipients.role), eq(users.isDisabled, false)];
    if (recipients.cityCode) conditions.push(eq(roleAssignments.cityCode, recipients.cityCode));
    if (recipients.organisationId) conditions.push(eq(roleAssignments.organisationId, recipients.organisationId));
    if (recipients.userIds) conditions.push(inArray(users.id, [...recipients.userIds]));
    const rows = await db.selectDistinct({ id: users.id }).from(roleAssignments).innerJoin(users, eq(users.id, roleAssignments.userId)).where(and(...conditions));
    return rows.map((row) => row.id);
  },

  async insertMany(db: Db, values: (typeof notifications.$inferInsert)[]): Promise<void> {
    if (values.length > 0) await db.insert(notifications).values(values);
  },

  async listForUser(db: Db, userId: string, limit = 50): Promise<NotificationRow[]> {
    return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
  },

  async countUnread(db: Db, userId: string): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  },

  async isOwnedBy(db: Db, userId: string, id: string): Promise<boolean> {
    const rows = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
    return rows.length > 0;
  },

  /** Marks the user's own notification read; returns false when it is not theirs. */
  async markRead(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
    const rows = await db.update(notifications).set({ readAt: at }).where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
    return rows.length > 0;
  },
};
