// Tests outside src/db that need to look at the stored rows as they are (counts, histories) read them through this:
// only src/db imports Drizzle. Fixed query text only — no values are interpolated.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

export async function rawRows<T>(db: Db, text: string): Promise<T[]> {
  return ((await db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;
}
