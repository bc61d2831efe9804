import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { files } from '../schema/index';

export type FileRow = typeof files.$inferSelect;

export const filesRepository = {
  async insert(db: Db, values: typeof files.$inferInsert): Promise<FileRow> {
    const [row] = await db.insert(files).values(values).returning();
    if (!row) throw new Error('file insert returned nothing');
    return row;
  },

  async findById(db: Db, id: string): Promise<FileRow | undefined> {
    const [row] = await db.select().from(files).where(eq(files.id, id));
    return row;
  },

  /** The files of these ids that exist, in no particular order. */
  async listByIds(db: Db, ids: readonly string[]): Promise<FileRow[]> {
    if (ids.length === 0) return [];
    return db.select().from(files).where(inArray(files.id, [...ids]));
  },
};
