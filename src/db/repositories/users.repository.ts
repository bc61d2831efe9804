import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, passwordHistory, roleAssignments, users } from '../schema/index';
import { isUniqueViolation } from '../errors';

export type UserRow = typeof users.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

export interface UserWithAssignments extends UserRow {
  assignments: (RoleAssignmentRow & { organisationName: string | null })[];
}

export const usersRepository = {
  /** Inserts, or returns null when the user name is taken. The first password starts the history (F7 item 3). */
  async insert(db: Db, values: typeof users.$inferInsert): Promise<UserRow | null> {
    try {
      const [row] = await db.insert(users).values({ ...values, username: values.username.toLowerCase() }).returning();
      if (row) await db.insert(passwordHistory).values({ userId: row.id, passwordHash: row.passwordHash });
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

  /** Row-locks the user for the rest of the transaction, so concurrent wrong passwords are counted one by one. */
  async findByIdForUpdate(db: Db, id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
    return row;
  },

  /**
   * F7 item 3: counts a login attempt BEFORE its password is checked, in one statement, unless the account is locked
   * (then null). Parallel guesses each get their own number, so no more than the threshold are ever checked before
   * the lock (a check-then-verify would let a burst of guesses past a lock that lands meanwhile).
   */
  async claimLoginAttempt(db: Db, userId: string, now: Date): Promise<number | null> {
    const [row] = await db
      .update(users)
      .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
      .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
      .returning({ failedLoginCount: users.failedLoginCount });
    return row?.failedLoginCount ?? null;
  },

  /** F7 item 3: the failure count and, once it reached the threshold, the end of the lock (login-lockout.ts). */
  async setLoginFailures(db: Db, userId: string, state: { failedLoginCount: number; lockedUntil: Date | null }): Promise<void> {
    await db.update(users).set(state).where(eq(users.id, userId));
  },

  /**
   * A right password. While the session still owes its TOTP code the failure count stays: otherwise guessing codes
   * and logging in again would never reach the lock (the code's own success resets it).
   */
  async recordSuccessfulLogin(db: Db, userId: string, at: Date, options: { isSecondFactorPending: boolean }): Promise<void> {
    // The attempt was counted before its password was checked (claimLoginAttempt): a right one takes its count back.
    const set = options.isSecondFactorPending
      ? { lastLoginAt: at, failedLoginCount: sql`greatest(${users.failedLoginCount} - 1, 0)` }
      : { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at };
    await db.update(users).set(set).where(eq(users.id, userId));
  },

  /**
   * Sets a new password and appends it to the history (F7 item 3). mustChangePassword is true for a password an
   * administrator set (a reset), false for one the user chose.
   */
  async setPassword(db: Db, userId: string, passwordHash: string, at: Date, options: { mustChangePassword?: boolean } = {}): Promise<void> {
    await db
      .update(users)
      .set({ passwordHash, passwordChangedAt: at, mustChangePassword: options.mustChangePassword ?? false })
      .where(eq(users.id, userId));
    // created_at is the database's own time, not the (test-movable) clock: it only orders the history.
    await db.insert(passwordHistory).values({ userId, passwordHash });
  },

  /** The newest password hashes of the user, newest first (the current one included when it was set through here). */
  async findRecentPasswordHashes(db: Db, userId: string, limit: number): Promise<string[]> {
    const rows = await db
      .select({ passwordHash: passwordHistory.passwordHash })
      .from(passwordHistory)
      .where(eq(passwordHistory.userId, userId))
      .orderBy(desc(passwordHistory.createdAt))
      .limit(limit);
    return rows.map((r) => r.passwordHash);
  },

  async setDisabled(db: Db, userId: string, isDisabled: boolean): Promise<void> {
    await db.update(users).set({ isDisabled }).where(eq(users.id, userId));
  },

  async count(db: Db): Promise<number> {
    const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(users);
    return row?.total ?? 0;
  },
};
