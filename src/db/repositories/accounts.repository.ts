// F7 item 2 (三员分立): the administrators' view of accounts and their role assignments. Only account fields are
// read here — never an organisation's or an application's business data beyond the assignment's scope name.
import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, passwordHistory, roleAssignments, sessions, users } from '../schema/index';
import { isUniqueViolation } from '../errors';

export type AccountRow = typeof users.$inferSelect;
export type AssignmentRow = typeof roleAssignments.$inferSelect;
export interface AssignmentWithScope extends AssignmentRow {
  organisationName: string | null;
}
export interface AccountWithAssignments {
  account: AccountRow;
  assignments: AssignmentWithScope[];
}

const MAX_LISTED = 500;

/** The trigger of 0019_admin_separation.sql refuses an administrator role mixed with any other (SQLSTATE 23514). */
function isAdminSeparationViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; message?: unknown };
    if (candidate.code === '23514' && String(candidate.message ?? '').includes('role_assignments_admin_separation')) return true;
  }
  return false;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const accountsRepository = {
  /** Accounts whose user name or display name contains `q` (all when empty), each with its assignments. */
  async list(db: Db, query: { q?: string | undefined }): Promise<AccountWithAssignments[]> {
    const pattern = query.q ? `%${escapeLike(query.q)}%` : undefined;
    const accounts = await db
      .select()
      .from(users)
      .where(pattern ? or(ilike(users.username, pattern), ilike(users.displayName, pattern)) : undefined)
      .orderBy(asc(users.username))
      .limit(MAX_LISTED);
    if (accounts.length === 0) return [];
    const rows = await db
      .select({ assignment: roleAssignments, organisationName: organisations.name })
      .from(roleAssignments)
      .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .where(inArray(roleAssignments.userId, accounts.map((a) => a.id)))
      .orderBy(asc(roleAssignments.createdAt));
    return accounts.map((account) => ({
      account,
      assignments: rows.filter((r) => r.assignment.userId === account.id).map((r) => ({ ...r.assignment, organisationName: r.organisationName })),
    }));
  },

  /** The account, locked FOR UPDATE so two administrators acting on it at once go one after the other. */
  async lockById(db: Db, id: string): Promise<AccountRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
    return row;
  },

  async findAssignments(db: Db, userId: string): Promise<AssignmentWithScope[]> {
    const rows = await db
      .select({ assignment: roleAssignments, organisationName: organisations.name })
      .from(roleAssignments)
      .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .where(eq(roleAssignments.userId, userId))
      .orderBy(asc(roleAssignments.createdAt));
    return rows.map((r) => ({ ...r.assignment, organisationName: r.organisationName }));
  },

  /** Inserts, or returns null when the user name is taken. */
  async insert(db: Db, values: { username: string; displayName: string; passwordHash: string; passwordChangedAt: Date }): Promise<AccountRow | null> {
    try {
      const [row] = await db
        .insert(users)
        .values({ ...values, username: values.username.toLowerCase(), mustChangePassword: true })
        .returning();
      // The one-time password joins the history, so the first change cannot keep it (F7 item 3: last 5 not reused).
      if (row) await db.insert(passwordHistory).values({ userId: row.id, passwordHash: values.passwordHash });
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'users_username_unique')) return null;
      throw error;
    }
  },

  async setDisabled(db: Db, userId: string, isDisabled: boolean): Promise<void> {
    await db.update(users).set({ isDisabled }).where(eq(users.id, userId));
  },

  /** A one-time password: the user must change it at the next login (F7 item 3). */
  async setOneTimePassword(db: Db, userId: string, passwordHash: string, at: Date): Promise<void> {
    await db.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: true }).where(eq(users.id, userId));
    await db.insert(passwordHistory).values({ userId, passwordHash });
  },

  async unlock(db: Db, userId: string): Promise<void> {
    await db.update(users).set({ lockedUntil: null, failedLoginCount: 0 }).where(eq(users.id, userId));
  },

  async clearSecondFactor(db: Db, userId: string): Promise<void> {
    await db.update(users).set({ totpSecret: null, totpConfirmedAt: null }).where(eq(users.id, userId));
  },

  /** Ends every session of the account; returns how many ended. */
  async deleteSessions(db: Db, userId: string): Promise<number> {
    const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ tokenHash: sessions.tokenHash });
    return deleted.length;
  },

  /** Ends the sessions acting in one role assignment (the assignment is being withdrawn). */
  async deleteSessionsOfAssignment(db: Db, assignmentId: string): Promise<number> {
    const deleted = await db.delete(sessions).where(eq(sessions.roleAssignmentId, assignmentId)).returning({ tokenHash: sessions.tokenHash });
    return deleted.length;
  },

  /** Inserts, or returns null when the database refuses the mix of roles (the 三员分立 trigger). */
  async insertAssignment(db: Db, values: { userId: string; role: string; cityCode: string | null; organisationId: string | null }): Promise<AssignmentRow | null> {
    try {
      const [row] = await db.insert(roleAssignments).values(values).returning();
      return row ?? null;
    } catch (error) {
      if (isAdminSeparationViolation(error)) return null;
      throw error;
    }
  },

  async deleteAssignment(db: Db, userId: string, assignmentId: string): Promise<AssignmentRow | undefined> {
    const [row] = await db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.id, assignmentId)))
      .returning();
    return row;
  },
};
