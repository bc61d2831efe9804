// F7 item 3: the TOTP second factor's reads and writes (users.totp_*, sessions.is_second_factor_pending, the
// failed-attempt count it shares with the password login, and the last time step used, read from the audit log).
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, sessions, users } from '../schema/index';
import type { UserRow } from './users.repository';

/** The audit actions whose `after.step` is a time step that may not be used again (replay, RFC 6238 §5.2). */
export const STEP_USING_ACTIONS = ['auth.second_factor_enrolled', 'auth.second_factor_passed'] as const;

export const secondFactorRepository = {
  /** The user row, locked until the transaction ends, so two requests with the same code cannot both pass. */
  async lockUser(tx: Db, userId: string): Promise<UserRow | undefined> {
    const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    return row;
  },

  /** Stores a new sealed secret while none is confirmed yet (enrolment may be started again until then). */
  async setUnconfirmedSecret(tx: Db, userId: string, sealedSecret: string): Promise<void> {
    await tx.update(users).set({ totpSecret: sealedSecret }).where(and(eq(users.id, userId), isNull(users.totpConfirmedAt)));
  },

  async confirm(tx: Db, userId: string, at: Date): Promise<void> {
    await tx.update(users).set({ totpConfirmedAt: at, failedLoginCount: 0 }).where(eq(users.id, userId));
  },

  async resetFailures(tx: Db, userId: string): Promise<void> {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
  },

  /** A wrong code counts as a failed login (F7 item 3): the count and lock computed by login-lockout.ts. */
  async setFailures(tx: Db, userId: string, state: { failedLoginCount: number; lockedUntil: Date | null }): Promise<void> {
    await tx.update(users).set(state).where(eq(users.id, userId));
  },

  async clearPending(tx: Db, tokenHash: string): Promise<void> {
    await tx.update(sessions).set({ isSecondFactorPending: false }).where(eq(sessions.tokenHash, tokenHash));
  },

  /**
   * The last time step this user proved, from the append-only audit log: it is shared by every app server, so a
   * code cannot be replayed on another one (no extra column needed). Call it after lockUser.
   */
  async findLastUsedStep(tx: Db, userId: string): Promise<number | null> {
    const [row] = await tx
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, userId), inArray(auditLog.action, [...STEP_USING_ACTIONS])))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const step = (row?.after as { step?: unknown } | null | undefined)?.step;
    return typeof step === 'number' ? step : null;
  },
};
