import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, roleAssignments, users } from '../schema/index';
import { isUniqueViolation } from '../errors';

export type UserRow = typeof users.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

export interface UserWithAssignments extends UserRow {
  assignments: (RoleAssignmentRow & { organisationName: string | null })[];
}

export const usersRepository = {
  /** Inserts, or returns null when the user name is taken. */
  async insert(db: Db, values: typeof users.$inferInsert): Promise<UserRow | null> {
    try {
      const [row] = await db.insert(users).values({ ...values, username: values.username.toLowerCase() }).returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'users_username_unique')) return null;
      throw error;
    }
  },

  async insertAssignment(db: Db, values: typeof roleAssignments.$inferInsert): Promise<RoleAssignmentRow> {
    const [row] = await db.insert(roleAssignments).values(values).returning();
    if (!row) throw new Error('role assignment insert returned nothing');
    return row;
  },

  async findByUsername(db: Db, username: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
    return row;
  },

  async findById(db: Db, id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  async findAssignments(db: Db, userId: string) {
    return db
      .select({ assignment: roleAssignments, organisationName: organisations.name })
      .from(roleAssignments)
      .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .where(eq(roleAssignments.userId, userId))
      .orderBy(roleAssignments.createdAt);
  },

  async findAssignment(db: Db, userId: string, assignmentId: string) {
    const [row] = await db
      .select({ assignment: roleAssignments, organisationName: organisations.name })
      .from(roleAssignments)
      .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.id, assignmentId)));
    return row;
  },

  async recordFailedLogin(db: Db, userId: string): Promise<void> {
    await db.update(users).set({ failedLoginCount: sql`${users.failedLoginCount} + 1` }).where(eq(users.id, userId));
  },

  async recordSuccessfulLogin(db: Db, userId: string, at: Date): Promise<void> {
    await db.update(users).set({ failedLoginCount: 0, lastLoginAt: at }).where(eq(users.id, userId));
  },

  async setPassword(db: Db, userId: string, passwordHash: string, at: Date): Promise<void> {
    await db.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: false }).where(eq(users.id, userId));
  },

  async setDisabled(db: Db, userId: string, isDisabled: boolean): Promise<void> {
    await db.update(users).set({ isDisabled }).where(eq(users.id, userId));
  },

  async count(db: Db): Promise<number> {
    const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(users);
    return row?.total ?? 0;
  },
};
