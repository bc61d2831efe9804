// Test-only tampering with the audit hash chain the way only the table owner or a superuser can (ADR 0022): replace
// the SQL function audit_digest_input, rebuild the links after a rewritten record, cut the chain's tail — each with
// a way to undo it, so one test database can be tampered with and repaired in turn.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Inserts an audit record with an exact occurred_at text (microseconds, any offset) and `after` as raw JSON text (so
 * JSON null, 1.0 or 1e2 reach jsonb as written); sealed by the trigger as usual.
 */
export async function appendAuditAt(db: Db, occurredAt: string, objectId: string, afterJson: string | null = null): Promise<void> {
  await db.execute(
    sql`INSERT INTO audit_log (occurred_at, action, object_type, object_id, after)
        VALUES (${occurredAt}::timestamptz, 'test.raw', 'test', ${objectId}, ${afterJson}::jsonb)`,
  );
}

/** Runs work in a transaction whose session settings (TimeZone, DateStyle…) are set first. */
export async function inSessionSettings<T>(db: Db, settings: Record<string, string>, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    for (const [name, value] of Object.entries(settings)) await tx.execute(sql`SELECT set_config(${name}, ${value}, true)`);
    return work(tx);
  });
}

/**
 * Replaces audit_digest_input (as its owner) so that, for one record, it returns `forgedInput` — what an attacker who
 * edited that record would need the database to say. Returns the function that puts the original definition back.
 */
export async function forgeDigestFunction(db: Db, auditId: number, forgedInput: string): Promise<() => Promise<void>> {
  const [original] = await rowsOf<{ def: string }>(db, sql`SELECT pg_get_functiondef('audit_digest_input(audit_log)'::regprocedure) AS def`);
  if (!original) throw new Error('audit_digest_input not found');
  const body = /AS \$function\$([\s\S]*)\$function\$/.exec(original.def)?.[1];
  if (!body) throw new Error(`cannot read the body of audit_digest_input: ${original.def}`);
  const realExpression = body.trim().replace(/^SELECT\s+/i, '');
  const literal = forgedInput.replace(/'/g, "''");
  await db.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION audit_digest_input(a audit_log) RETURNS text LANGUAGE sql STABLE AS $forged$
      SELECT CASE WHEN a.id = ${Number(auditId)} THEN '${literal}' ELSE ${realExpression} END
    $forged$`),
  );
  return async () => {
    await db.execute(sql.raw(original.def));
  };
}

/** Rewrites every link from `fromSeq` on with hashes the database computes (audit_digest_input), as an attacker would. */
export async function rebuildChainFrom(db: Db, fromSeq: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_chain DISABLE TRIGGER USER`);
    const links = await rowsOf<{ seq: string }>(tx, sql`SELECT seq FROM audit_chain WHERE seq >= ${fromSeq} ORDER BY seq`);
    for (const { seq } of links) {
      await tx.execute(sql`
        UPDATE audit_chain c SET
          prev_hash = p.prev,
          hash = encode(sha256(convert_to(p.prev || '|' || audit_digest_input(a), 'UTF8')), 'hex')
        FROM audit_log a,
             (SELECT coalesce((SELECT hash FROM audit_chain WHERE seq = ${seq}::bigint - 1), repeat('0', 64)) AS prev) p
        WHERE c.seq = ${seq}::bigint AND a.id = c.audit_id`);
    }
    await tx.execute(sql`ALTER TABLE audit_chain ENABLE TRIGGER USER`);
  });
}

export interface CutTail {
  records: unknown[];
  links: unknown[];
}

/** Deletes the last `n` links and their audit records together, behind the triggers; returns them for restoreTail. */
export async function cutTail(db: Db, n: number): Promise<CutTail> {
  return db.transaction(async (tx) => {
    const links = await rowsOf<{ row: unknown; audit_id: string }>(
      tx,
      sql`SELECT to_jsonb(c) AS row, c.audit_id FROM audit_chain c ORDER BY seq DESC LIMIT ${n}`,
    );
    const ids = links.map((l) => Number(l.audit_id));
    const records = await rowsOf<{ row: unknown }>(
      tx,
      sql`SELECT to_jsonb(a) AS row FROM audit_log a WHERE a.id IN (SELECT (x)::bigint FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) x)`,
    );
    await tx.execute(sql`ALTER TABLE audit_chain DISABLE TRIGGER USER`);
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    for (const id of ids) {
      await tx.execute(sql`DELETE FROM audit_chain WHERE audit_id = ${id}`);
      await tx.execute(sql`DELETE FROM audit_log WHERE id = ${id}`);
    }
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    await tx.execute(sql`ALTER TABLE audit_chain ENABLE TRIGGER USER`);
    return { records: records.map((r) => r.row), links: links.map((l) => l.row) };
  });
}

/** Puts a cut tail back exactly (ids, times and links as they were), without sealing the records again. */
export async function restoreTail(db: Db, cut: CutTail): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    for (const record of cut.records) {
      await tx.execute(sql`INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::audit_log, ${JSON.stringify(record)}::jsonb)`);
    }
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    for (const link of cut.links) {
      await tx.execute(sql`INSERT INTO audit_chain SELECT * FROM jsonb_populate_record(NULL::audit_chain, ${JSON.stringify(link)}::jsonb)`);
    }
  });
}
