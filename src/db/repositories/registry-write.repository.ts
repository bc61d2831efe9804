// 信息数据库 write side (ADR 0017): entries are upserted (a status changes, an entry never disappears), history rows
// are appended once per lifecycle event, and every write appends a registry_changes row in the writer's transaction
// so response caches know what they hold is stale once it commits.
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { registryChanges, registryEntries, registryHistory } from '../schema/index';

export type RegistryEntryRow = typeof registryEntries.$inferSelect;
export type RegistryEntryInsert = typeof registryEntries.$inferInsert;
export type RegistryHistoryInsert = typeof registryHistory.$inferInsert;

export const registryWriteRepository = {
  /** Inserts the entry or replaces every column but its id (the id is stable: ADR 0017). */
  async upsertEntry(db: Db, values: RegistryEntryInsert & { id: string }): Promise<void> {
    const { id: _id, ...rest } = values;
    await db.insert(registryEntries).values(values).onConflictDoUpdate({ target: registryEntries.id, set: rest });
  },

  async findEntry(db: Db, id: string): Promise<RegistryEntryRow | undefined> {
    const [row] = await db.select().from(registryEntries).where(eq(registryEntries.id, id));
    return row;
  },

  /** Appends a history row; one showing a lifecycle event already recorded is skipped. Returns whether it was added. */
  async appendHistory(db: Db, values: RegistryHistoryInsert): Promise<boolean> {
    const rows = await db.insert(registryHistory).values(values).onConflictDoNothing({ target: registryHistory.applicationEventId }).returning({ id: registryHistory.id });
    return rows.length > 0;
  },

  /** Marks the registry changed; the new version shows to readers when the caller's transaction commits. */
  async bumpVersion(db: Db): Promise<void> {
    await db.insert(registryChanges).values({});
  },

  /** The number of committed changes: it only grows, and only when a write commits (ADR 0017). */
  async readVersion(db: Db): Promise<number> {
    const [row] = await db.select({ n: count() }).from(registryChanges);
    return row?.n ?? 0;
  },
};
