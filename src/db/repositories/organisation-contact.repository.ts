// 单位对外服务电话/网址 (ADR 0017): the organisation's public contact, and the same contact on the registry entries of
// that operator which have no application (the province's earlier list, MIIT's list) — programme entries take it
// from the organisation when they are projected.
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, registryEntries } from '../schema/index';

export interface PublicContact {
  publicPhone: string | null;
  website: string | null;
}

export const organisationContactRepository = {
  /** The organisation, locked for the change. */
  async findForUpdate(db: Db, id: string): Promise<(typeof organisations.$inferSelect) | undefined> {
    const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
    return row;
  },

  async update(db: Db, id: string, contact: PublicContact): Promise<void> {
    await db.update(organisations).set(contact).where(eq(organisations.id, id));
  },

  /** Copies the contact onto the operator's legacy and MIIT-only entries; the number of entries changed. */
  async copyToEntriesWithoutApplication(db: Db, creditCode: string, contact: PublicContact, at: Date): Promise<number> {
    const rows = await db
      .update(registryEntries)
      .set({ ...contact, updatedAt: at })
      .where(
        and(
          eq(registryEntries.operatorCreditCode, creditCode),
          ne(registryEntries.source, 'programme'),
          or(sql`${registryEntries.publicPhone} IS DISTINCT FROM ${contact.publicPhone}::text`, sql`${registryEntries.website} IS DISTINCT FROM ${contact.website}::text`),
        ),
      )
      .returning({ id: registryEntries.id });
    return rows.length;
  },
};
