// 单位对外服务电话/网址 (ADR 0017): the organisation's public contact. Programme entries take it from the
// organisation when they are projected; entries without an application (legacy, MIIT) never do — see
// update-organisation-contact.ts for why.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations } from '../schema/index';

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
};
