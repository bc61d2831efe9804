import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions } from '../schema/index';

export type SessionRow = typeof sessions.$inferSelect;

export const sessionsRepository = {
  async insert(db: Db, values: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(values);
  },

  /** The session for this token hash if it has not expired at `now`. */
  async findLive(db: Db, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
    const [row] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
    return row;
  },

  async touch(db: Db, tokenHash: string, at: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
  },

  async delete(db: Db, tokenHash: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  },

  /** Ends every other session of the user (after a password change). */
  /** Ends every session of the user (an account locked from inside a session). */
  async deleteAllOf(db: Db, userId: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  },

  async deleteOthers(db: Db, userId: string, keepTokenHash: string): Promise<void> {
    await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
  },
};
