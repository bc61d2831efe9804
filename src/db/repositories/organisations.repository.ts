import { and, count, eq, gte, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations } from '../schema/index';
import { isUniqueViolation } from '../errors';
import { organisationNeutralOrder } from './neutral-order';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

/** Which organisations a caller may see; decided by the access policy, applied here as a WHERE clause. */
export type OrganisationScope = { kind: 'all' } | { kind: 'city'; cityCode: string } | { kind: 'organisation'; organisationId: string };

function scopeCondition(scope: OrganisationScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'city':
      return eq(organisations.cityCode, scope.cityCode);
    case 'organisation':
      return eq(organisations.id, scope.organisationId);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const organisationsRepository = {
  /** Inserts, or returns null when the credit code is already registered. */
  async insert(db: Db, values: NewOrganisation): Promise<OrganisationRow | null> {
    try {
      const [row] = await db.insert(organisations).values(values).returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'organisations_credit_code_unique')) return null;
      throw error;
    }
  },

  async findByCreditCode(db: Db, creditCode: string): Promise<OrganisationRow | undefined> {
    const [row] = await db.select().from(organisations).where(eq(organisations.creditCode, creditCode));
    return row;
  },

  /** Art. 11: a retained 更名 of the operating organisation (the change report keeps the former name). */
  async rename(db: Db, id: string, name: string): Promise<OrganisationRow | undefined> {
    const [row] = await db.update(organisations).set({ name }).where(eq(organisations.id, id)).returning();
    return row;
  },

  async findById(db: Db, id: string): Promise<OrganisationRow | undefined> {
    const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
    return row;
  },

  // Neutral order (Art. 8, neutral-order.ts): division code, then name by code point — never a result value.
  async list(db: Db, scope: OrganisationScope, query: { q?: string | undefined; page: number; pageSize: number }) {
    const search = query.q
      ? or(ilike(organisations.name, `%${escapeLike(query.q)}%`), ilike(organisations.creditCode, `%${escapeLike(query.q)}%`))
      : undefined;
    const where = and(scopeCondition(scope), search);
    const [items, [totalRow]] = await Promise.all([
      db
        .select()
        .from(organisations)
        .where(where)
        .orderBy(...organisationNeutralOrder)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      db.select({ total: count() }).from(organisations).where(where),
    ]);
    return { items, total: totalRow?.total ?? 0 };
  },

  async countCreatedSince(db: Db, scope: OrganisationScope, since: Date): Promise<number> {
    const [row] = await db
      .select({ total: count() })
      .from(organisations)
      .where(and(scopeCondition(scope), gte(organisations.createdAt, since)));
    return row?.total ?? 0;
  },

  /** F7 item 6: every stored contact phone; the start-up step (seal-personal-data.ts) seals those still plain. */
  async listContactPhones(db: Db): Promise<{ id: string; stored: string }[]> {
    return db.select({ id: organisations.id, stored: organisations.contactPhone }).from(organisations);
  },

  /** Replaces the phone only while it is still the value read: a second server starting at once changes nothing. */
  async replaceContactPhone(db: Db, id: string, from: string, to: string): Promise<boolean> {
    const rows = await db
      .update(organisations)
      .set({ contactPhone: to })
      .where(and(eq(organisations.id, id), eq(organisations.contactPhone, from)))
      .returning({ id: organisations.id });
    return rows.length > 0;
  },
};
