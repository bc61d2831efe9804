// Test-only access to the audit hash chain and the shifan_app role (F7 item 1, ADR 0018): tampering the way only a
// superuser can (the tests connect as one), and statements run as the application role.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLogRepository, type AuditEntry } from '../repositories/audit-log.repository';

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface StoredLink {
  seq: number;
  auditId: number;
  prevHash: string;
  hash: string;
  sealedAt: string;
}

export async function linksOfObject(db: Db, objectId: string): Promise<StoredLink[]> {
  const rows = await rowsOf<{ seq: string; audit_id: string; prev_hash: string; hash: string; sealed_at: string }>(
    db,
    sql`SELECT c.seq, c.audit_id, c.prev_hash, c.hash, c.sealed_at::text FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id
        WHERE a.object_id = ${objectId} ORDER BY c.seq`,
  );
  return rows.map((r) => ({ seq: Number(r.seq), auditId: Number(r.audit_id), prevHash: r.prev_hash, hash: r.hash, sealedAt: r.sealed_at }));
}

export async function firstLinkPrevHash(db: Db): Promise<string | undefined> {
  const [row] = await rowsOf<{ prev_hash: string }>(db, sql`SELECT prev_hash FROM audit_chain ORDER BY seq LIMIT 1`);
  return row?.prev_hash;
}

export async function auditIdOfObject(db: Db, objectId: string): Promise<number> {
  const [row] = await rowsOf<{ id: string }>(db, sql`SELECT id FROM audit_log WHERE object_id = ${objectId} ORDER BY id LIMIT 1`);
  if (!row) throw new Error(`no audit record for ${objectId}`);
  return Number(row.id);
}

/** Rewrites a record's `after` behind the append-only trigger. */
export async function overwriteAuditAfter(db: Db, auditId: number, after: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await tx.execute(sql`UPDATE audit_log SET after = ${JSON.stringify(after)}::jsonb WHERE id = ${auditId}`);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
}

export async function removeLink(db: Db, seq: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_chain DISABLE TRIGGER USER`);
    await tx.execute(sql`DELETE FROM audit_chain WHERE seq = ${seq}`);
    await tx.execute(sql`ALTER TABLE audit_chain ENABLE TRIGGER USER`);
  });
}

export async function putLinkBack(db: Db, link: StoredLink): Promise<void> {
  await db.execute(
    sql`INSERT INTO audit_chain (seq, audit_id, prev_hash, hash, sealed_at) VALUES (${link.seq}, ${link.auditId}, ${link.prevHash}, ${link.hash}, ${link.sealedAt}::timestamptz)`,
  );
}

/** Writes an audit record with the sealing trigger off, so it gets no link; returns its id. */
export async function appendUnsealed(db: Db, entry: AuditEntry): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await auditLogRepository.append(tx, entry);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
  return auditIdOfObject(db, entry.objectId ?? '');
}

export async function removeAuditRecord(db: Db, auditId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await tx.execute(sql`DELETE FROM audit_log WHERE id = ${auditId}`);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
}

export async function digestInputIn(db: Db, auditId: number, timeZone: string): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('TimeZone', ${timeZone}, true)`);
    const [row] = await rowsOf<{ input: string }>(tx, sql`SELECT audit_digest_input(a) AS input FROM audit_log a WHERE id = ${auditId}`);
    if (!row) throw new Error(`no audit record ${auditId}`);
    return row.input;
  });
}

export async function auditLogColumnCount(db: Db): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'audit_log'`);
  return row?.n ?? 0;
}

export const CHAIN_CHANGES = {
  'UPDATE audit_chain': sql`UPDATE audit_chain SET hash = 'x'`,
  'DELETE FROM audit_chain': sql`DELETE FROM audit_chain`,
  'TRUNCATE audit_chain': sql`TRUNCATE audit_chain`,
  'UPDATE audit_log': sql`UPDATE audit_log SET action = 'tampered'`,
  'DELETE FROM audit_log': sql`DELETE FROM audit_log`,
  'TRUNCATE audit_log': sql`TRUNCATE audit_log`,
  'INSERT INTO audit_chain': sql`INSERT INTO audit_chain (seq, audit_id, prev_hash, hash) VALUES (999999, 999999, 'x', 'x')`,
};
export type ChainChange = keyof typeof CHAIN_CHANGES;

export interface Refusal {
  code: unknown;
  message: string;
}

function refusalOf(error: unknown): Refusal {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; message?: unknown };
    if (typeof candidate.code === 'string') return { code: candidate.code, message: String(candidate.message) };
  }
  return { code: undefined, message: String(error) };
}

/** Runs the change in a savepoint (so the surrounding transaction stays usable) and returns how it was refused, if it was. */
async function attempt(tx: Db, change: ChainChange): Promise<Refusal | undefined> {
  return tx.transaction(async (inner) => inner.execute(CHAIN_CHANGES[change])).then(
    () => undefined,
    (error: unknown) => refusalOf(error),
  );
}

/** Tries the change as whoever the connection is (the owner in tests, or the pool's role). */
export async function attemptChange(db: Db, change: ChainChange): Promise<Refusal | undefined> {
  return db.transaction((tx) => attempt(tx, change));
}

/** Runs work as shifan_app inside one transaction (SET LOCAL ROLE); `attempt` tries a change without ending it. */
export async function asAppRole<T>(db: Db, work: (tx: Db, tryChange: (change: ChainChange) => Promise<Refusal | undefined>) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL ROLE shifan_app`);
    return work(tx, (change) => attempt(tx, change));
  });
}

export async function currentRole(db: Db): Promise<string | undefined> {
  const [row] = await rowsOf<{ role: string }>(db, sql`SELECT current_user AS role`);
  return row?.role;
}

export interface TableGrants {
  name: string;
  select: boolean;
  insert: boolean;
  update: boolean;
  delete: boolean;
  truncate: boolean;
}

export async function appRoleTableGrants(db: Db): Promise<TableGrants[]> {
  return rowsOf<TableGrants>(
    db,
    sql`SELECT c.relname AS name,
               has_table_privilege('shifan_app', c.oid, 'SELECT') AS "select",
               has_table_privilege('shifan_app', c.oid, 'INSERT') AS "insert",
               has_table_privilege('shifan_app', c.oid, 'UPDATE') AS "update",
               has_table_privilege('shifan_app', c.oid, 'DELETE') AS "delete",
               has_table_privilege('shifan_app', c.oid, 'TRUNCATE') AS "truncate"
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        ORDER BY c.relname`,
  );
}

export async function sequencesWithoutAppRoleUsage(db: Db): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND CASE WHEN c.relkind = 'S' THEN NOT has_sequence_privilege('shifan_app', c.oid, 'USAGE') ELSE false END`,
  );
  return rows.map((r) => r.name);
}
