// F7 item 2 (三员分立, ADR 0020): the second halves of one-time passwords waiting for the security administrator.
// The sealed half is kept only until it is issued or a newer reset replaces it; then the column is emptied, so the
// database never holds a half that can still be handed out twice.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { credentialHandovers, users } from '../schema/index';

export type CredentialHandoverRow = typeof credentialHandovers.$inferSelect;
export interface PendingHandover {
  handover: CredentialHandoverRow;
  username: string;
  displayName: string;
  requestedByName: string | null;
}

const requesters = alias(users, 'handover_requesters');
const isPending = and(isNull(credentialHandovers.issuedAt), isNull(credentialHandovers.supersededAt));

export const credentialHandoversRepository = {
  async insert(db: Db, values: { id: string; userId: string; kind: string; secondHalfSealed: string; requestedBy: string | null; requestedAt: Date }): Promise<CredentialHandoverRow> {
    const [row] = await db.insert(credentialHandovers).values(values).returning();
    if (!row) throw new Error('credential handover insert returned no row');
    return row;
  },

  /** Empties every pending handover of the account (a newer reset replaces it); returns how many. */
  async supersedePending(db: Db, userId: string, now: Date): Promise<number> {
    const rows = await db
      .update(credentialHandovers)
      .set({ supersededAt: now, secondHalfSealed: null })
      .where(and(eq(credentialHandovers.userId, userId), isPending))
      .returning({ id: credentialHandovers.id });
    return rows.length;
  },

  /** Pending handovers, oldest first, with the account's and the requesting administrator's names. */
  async listPending(db: Db): Promise<PendingHandover[]> {
    return db
      .select({ handover: credentialHandovers, username: users.username, displayName: users.displayName, requestedByName: requesters.displayName })
      .from(credentialHandovers)
      .innerJoin(users, eq(users.id, credentialHandovers.userId))
      .leftJoin(requesters, eq(requesters.id, credentialHandovers.requestedBy))
      .where(isPending)
      .orderBy(asc(credentialHandovers.requestedAt), asc(credentialHandovers.id));
  },

  /** Unlocked: only to learn whose account it is, so the account can be locked first (as a reset does). */
  async findById(db: Db, id: string): Promise<CredentialHandoverRow | undefined> {
    const [row] = await db.select().from(credentialHandovers).where(eq(credentialHandovers.id, id));
    return row;
  },

  /** Locked FOR UPDATE: two security administrators pressing 发放 at once get one answer and one 409. */
  async lockById(db: Db, id: string): Promise<CredentialHandoverRow | undefined> {
    const [row] = await db.select().from(credentialHandovers).where(eq(credentialHandovers.id, id)).for('update');
    return row;
  },

  async markIssued(db: Db, id: string, issuedBy: string, now: Date): Promise<void> {
    await db.update(credentialHandovers).set({ issuedBy, issuedAt: now, secondHalfSealed: null }).where(eq(credentialHandovers.id, id));
  },

  async findByUser(db: Db, userId: string): Promise<CredentialHandoverRow[]> {
    return db.select().from(credentialHandovers).where(eq(credentialHandovers.userId, userId)).orderBy(asc(credentialHandovers.requestedAt));
  },
};
