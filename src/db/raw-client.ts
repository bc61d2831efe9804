// The driver connection underneath a Drizzle transaction, for what Drizzle cannot express: COPY (bulk import of
// creation-period data). Only repositories use it, and only inside a transaction, so the COPY commits or rolls back
// with everything else the import writes.
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from './client';

export type RawClient = { kind: 'postgres'; client: pg.ClientBase } | { kind: 'pglite'; client: PgliteTransaction };

export function rawClientOf(tx: Db): RawClient {
  const client = (tx._.session as unknown as { client: unknown }).client;
  if (client instanceof pg.Pool) throw new Error('COPY needs a transaction: call it with the transaction, not the database');
  if (client instanceof pg.Client) return { kind: 'postgres', client };
  return { kind: 'pglite', client: client as PgliteTransaction };
}
