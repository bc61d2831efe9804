// 失信与撤销 (integrity_findings, Art. 12): append-only — a finding is written once, with the cancellation or
// revocation it caused, and never changed (migration 0014).
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { applications, integrityFindings, organisations, users } from '../schema/index';

export type IntegrityFindingRow = typeof integrityFindings.$inferSelect;

export interface PublicRevocationRow {
  finding: IntegrityFindingRow;
  name: string;
  carrier: string;
  cityCode: string;
  organisationName: string;
  countyCode: string;
}

export const integrityFindingsRepository = {
  async insert(db: Db, values: typeof integrityFindings.$inferInsert): Promise<IntegrityFindingRow> {
    const [row] = await db.insert(integrityFindings).values(values).returning();
    if (!row) throw new Error('integrity finding not inserted');
    return row;
  },

  /** The finding, only when it is one on that object. */
  async findById(db: Db, applicationId: string, id: string): Promise<IntegrityFindingRow | undefined> {
    const [row] = await db.select().from(integrityFindings).where(and(eq(integrityFindings.id, id), eq(integrityFindings.applicationId, applicationId)));
    return row;
  },

  /** Newest first, with the name of the province officer who recorded it. */
  async listByApplication(db: Db, applicationId: string): Promise<{ finding: IntegrityFindingRow; recordedByName: string | null }[]> {
    return db
      .select({ finding: integrityFindings, recordedByName: users.displayName })
      .from(integrityFindings)
      .leftJoin(users, eq(users.id, integrityFindings.recordedBy))
      .where(eq(integrityFindings.applicationId, applicationId))
      .orderBy(desc(integrityFindings.recordedAt), desc(integrityFindings.id));
  },

  /** Every finding, newest first (the recording moment, then the id, so a page boundary never moves). No person's data. */
  async listPublic(db: Db, page: { offset: number; limit: number }): Promise<{ rows: PublicRevocationRow[]; total: number }> {
    const rows = await db
      .select({
        finding: integrityFindings,
        name: applications.name,
        carrier: applications.carrier,
        cityCode: applications.cityCode,
        organisationName: organisations.name,
        countyCode: organisations.countyCode,
      })
      .from(integrityFindings)
      .innerJoin(applications, eq(applications.id, integrityFindings.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .orderBy(desc(integrityFindings.recordedAt), desc(integrityFindings.id))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(integrityFindings);
    return { rows, total: total?.n ?? 0 };
  },
};
