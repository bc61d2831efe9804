// Annual calls (年度创建工作通知). Drafts are edited in place; publishing stamps the row once; nothing is deleted
// (trigger, migration 0007). The partial unique index keeps one published call per year, so a second
// publication for a year comes back as null here and the use case answers 409.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { CallContent } from '../../domain/calls/annual-call';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { annualCalls } from '../schema/index';

export type CallRow = typeof annualCalls.$inferSelect;

const ONE_PUBLISHED_PER_YEAR = 'annual_calls_one_published_per_year';
const newestFirst = [desc(annualCalls.year), sql`${annualCalls.status} = 'published' DESC`, desc(annualCalls.updatedAt)];

export function contentOf(row: CallRow): CallContent {
  return {
    year: row.year,
    title: row.title,
    text: row.text,
    creationQuota: row.creationQuota,
    cityCaps: row.cityCaps,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    cityReviewDeadline: row.cityReviewDeadline,
    standardVersion: row.standardVersion,
    criterionWeights: row.criterionWeights,
    maxScore: row.maxScore,
  };
}

export const callsRepository = {
  async list(db: Db, options: { publishedOnly: boolean }): Promise<CallRow[]> {
    return db
      .select()
      .from(annualCalls)
      .where(options.publishedOnly ? eq(annualCalls.status, 'published') : undefined)
      .orderBy(...newestFirst);
  },

  async findById(db: Db, id: string): Promise<CallRow | undefined> {
    const [row] = await db.select().from(annualCalls).where(eq(annualCalls.id, id));
    return row;
  },

  /** Locks the row for the rest of the transaction, so an update and a publication do not interleave. */
  async findByIdForUpdate(db: Db, id: string): Promise<CallRow | undefined> {
    const [row] = await db.select().from(annualCalls).where(eq(annualCalls.id, id)).for('update');
    return row;
  },

  async findPublished(db: Db, year: number): Promise<CallRow | undefined> {
    const [row] = await db
      .select()
      .from(annualCalls)
      .where(and(eq(annualCalls.year, year), eq(annualCalls.status, 'published')));
    return row;
  },

  /** The latest published call, or the latest one before a given year. */
  async findLatestPublished(db: Db, beforeYear?: number): Promise<CallRow | undefined> {
    const [row] = await db
      .select()
      .from(annualCalls)
      .where(and(eq(annualCalls.status, 'published'), beforeYear === undefined ? undefined : lt(annualCalls.year, beforeYear)))
      .orderBy(desc(annualCalls.year))
      .limit(1);
    return row;
  },

  async insertDraft(db: Db, values: CallContent & { copiedFromId: string | null; createdBy: string; now: Date }): Promise<CallRow> {
    const { now, ...rest } = values;
    const [row] = await db
      .insert(annualCalls)
      .values({ ...rest, status: 'draft', createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('inserting an annual call returned no row');
    return row;
  },

  async updateDraft(db: Db, id: string, content: CallContent, now: Date): Promise<CallRow> {
    const [row] = await db
      .update(annualCalls)
      .set({ ...content, updatedAt: now })
      .where(and(eq(annualCalls.id, id), eq(annualCalls.status, 'draft')))
      .returning();
    if (!row) throw new Error(`annual call ${id} is not a draft`);
    return row;
  },

  /** Null when the year already has a published call. */
  async publish(db: Db, id: string, publishedBy: string, now: Date): Promise<CallRow | null> {
    try {
      const [row] = await db
        .update(annualCalls)
        .set({ status: 'published', publishedBy, publishedAt: now, updatedAt: now })
        .where(and(eq(annualCalls.id, id), eq(annualCalls.status, 'draft')))
        .returning();
      if (!row) throw new Error(`annual call ${id} is not a draft`);
      return row;
    } catch (error) {
      if (isUniqueViolation(error, ONE_PUBLISHED_PER_YEAR)) return null;
      throw error;
    }
  },
};
