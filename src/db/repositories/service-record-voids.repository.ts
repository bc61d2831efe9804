// Finding a creation object's service records for a correction, and taking one back (作废): the record stays
// (DESIGN §5, append-only) and a void row with the reason says it no longer counts.
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { serviceRecords, serviceRecordVoids, users } from '../schema/index';
import type { Page, PageRequest } from './superseding-rows';

export interface ServiceRecordWithVoid {
  id: number;
  externalId: string | null;
  creditCode: string;
  enterpriseName: string;
  divisionCode: string;
  serviceItem: string;
  serviceDate: string;
  channel: string;
  satisfaction: number | null;
  voidReason: string | null;
  voidedAt: Date | null;
  voidedByName: string | null;
}

const FIELDS = {
  id: serviceRecords.id,
  externalId: serviceRecords.externalId,
  creditCode: serviceRecords.creditCode,
  enterpriseName: serviceRecords.enterpriseName,
  divisionCode: serviceRecords.divisionCode,
  serviceItem: serviceRecords.serviceItem,
  serviceDate: serviceRecords.serviceDate,
  channel: serviceRecords.channel,
  satisfaction: serviceRecords.satisfaction,
  voidReason: serviceRecordVoids.reason,
  voidedAt: serviceRecordVoids.voidedAt,
  voidedByName: users.displayName,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A credit code is searched from its start (what people paste), a name anywhere in it; the record id exactly. */
function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const conditions = [ilike(serviceRecords.creditCode, `${escapeLike(text.toUpperCase())}%`), ilike(serviceRecords.enterpriseName, `%${escapeLike(text)}%`)];
  if (text.length <= 64) conditions.push(eq(serviceRecords.externalId, text));
  return or(...conditions);
}

export const serviceRecordVoidsRepository = {
  /** A record of this creation object, with its void if any; undefined for another object's record. */
  async findRecord(db: Db, applicationId: string, recordId: number): Promise<ServiceRecordWithVoid | undefined> {
    const [row] = await db
      .select(FIELDS)
      .from(serviceRecords)
      .leftJoin(serviceRecordVoids, eq(serviceRecordVoids.recordId, serviceRecords.id))
      .leftJoin(users, eq(users.id, serviceRecordVoids.voidedBy))
      .where(and(eq(serviceRecords.id, recordId), eq(serviceRecords.applicationId, applicationId)));
    return row;
  },

  /** Records the void; false when the record was voided already (one void per record, its primary key). */
  async insert(db: Db, values: typeof serviceRecordVoids.$inferInsert): Promise<boolean> {
    const rows = await db.insert(serviceRecordVoids).values(values).onConflictDoNothing({ target: serviceRecordVoids.recordId }).returning({ id: serviceRecordVoids.recordId });
    return rows.length > 0;
  },

  /** Newest service first. */
  async search(db: Db, applicationId: string, query: PageRequest & { q?: string | undefined }): Promise<Page<ServiceRecordWithVoid>> {
    const where = and(eq(serviceRecords.applicationId, applicationId), searchCondition(query.q));
    const [items, [total]] = await Promise.all([
      db
        .select(FIELDS)
        .from(serviceRecords)
        .leftJoin(serviceRecordVoids, eq(serviceRecordVoids.recordId, serviceRecords.id))
        .leftJoin(users, eq(users.id, serviceRecordVoids.voidedBy))
        .where(where)
        .orderBy(desc(serviceRecords.serviceDate), desc(serviceRecords.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      db.select({ n: count() }).from(serviceRecords).where(where),
    ]);
    return { total: total?.n ?? 0, items };
  },
};
