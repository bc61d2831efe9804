// What a backup and its restore drill need to know about the database (F7 item 7; 等保2.0 三级 8.1.4.9 a).
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export const backupRepository = {
  /** Row count of every table in the public schema, by name (the manifest a restore is checked against). */
  async countRowsPerTable(db: Db): Promise<Record<string, number>> {
    const tables = await rowsOf<{ name: string }>(db, sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await rowsOf<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM ${sql.identifier(name)}`);
      counts[name] = Number(row?.n ?? 0);
    }
    return counts;
  },

  /** Inside a REPEATABLE READ transaction: a snapshot pg_dump can share, so the dump matches what this transaction counts. */
  async exportSnapshot(tx: Db): Promise<string> {
    const [row] = await rowsOf<{ id: string }>(tx, sql`SELECT pg_export_snapshot() AS id`);
    if (!row) throw new Error('pg_export_snapshot returned nothing');
    return row.id;
  },

  async hasAnyTable(db: Db): Promise<boolean> {
    const [row] = await rowsOf<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
    return Number(row?.n ?? 0) > 0;
  },

  /** The restored grants name shifan_app (migration 0018); a server that never ran the migrations lacks the role. */
  async ensureAppRole(db: Db): Promise<void> {
    await db.execute(sql.raw(`DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shifan_app') THEN
    CREATE ROLE shifan_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END;
$$`));
  },
};
