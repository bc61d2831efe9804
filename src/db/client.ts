// One database handle for the whole app: PGlite in DATA_DIR when no DATABASE_URL is given (demo and local
// work), PostgreSQL otherwise (production). Both run the same committed migrations at start-up.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** A database or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: a consistent gzipped tarball of the whole data directory (backups, F7 item 7). */
  dumpDataDir?: () => Promise<Blob>;
}

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /** postgres://… for PostgreSQL; absent for PGlite. */
  databaseUrl?: string | undefined;
  /** Folder for the PGlite data; absent means in memory (tests). */
  pgliteDir?: string | undefined;
  /**
   * PostgreSQL only (SHIFAN_DB_ROLE, F7 item 1): every pooled connection acts as this role (shifan_app, migration
   * 0018), which may not change or remove audit records; migrations still run as the login role, which owns the tables.
   */
  dbRole?: string | undefined;
  /** PGlite only: start from this data-directory tarball (a backup) when the folder is empty. */
  pgliteArchive?: Blob | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const databaseUrl = options.databaseUrl;
    // The role is a startup parameter, so it is in force before the first query and a connection whose login role
    // may not take it is refused outright instead of quietly running with the owner's rights.
    const roleOption = options.dbRole ? { options: `-c role=${options.dbRole}` } : {};
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, ...roleOption });
    // An idle connection the server closes (a restart, a failover, an administrator's terminate) reaches the pool as
    // an 'error' event; without a listener Node would end the process. The pool drops that connection and opens a
    // new one on the next query, so it is only worth a line in the log.
    pool.on('error', (error) => {
      console.warn(`数据库空闲连接已断开，将在下次查询时重新连接：${error.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => (options.dbRole ? migrateAsOwner(databaseUrl) : migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER })),
      close: () => pool.end(),
    };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  const loadDataDir = options.pgliteArchive ? { loadDataDir: options.pgliteArchive } : {};
  const client = options.pgliteDir ? new PGlite(options.pgliteDir, loadDataDir) : new PGlite(loadDataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
  };
}

/** Migrations create tables and grants, which the application role may not do: they run on the login role's own connection. */
async function migrateAsOwner(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await migratePg(drizzlePg(client, { schema }) as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
}
