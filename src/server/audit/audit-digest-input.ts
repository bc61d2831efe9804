// The text hashed for one audit record, rebuilt in Node from the record's raw columns (ADR 0022, after ADR 0018;
// 等保2.0 三级 8.1.4.3 c, 8.1.4.7). It must equal, byte for byte, what migration 0018's audit_digest_input(a) returns:
//
//   jsonb_build_array(id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), request_id,
//                     actor_user_id, actor_role, action, object_type, object_id, before, after, ip)::text
//
// jsonb's text output writes an array as "[a, b, c]" (comma and one space), SQL NULL and JSON null both as null, a
// bigint as its decimal digits, text and uuid as JSON strings (escape_json: \" \\ \b \f \n \r \t, other control
// characters as \u00xx in lower-case hex, everything else — non-ASCII included — as is), and an embedded jsonb value
// exactly as that value's own ::text output, which is what the columns are read as. audit-digest-input.integration.test.ts
// proves the equality against the sealing trigger on PGlite and PostgreSQL.
import type { RawAuditRecord } from '../../db/repositories/audit-chain.repository';

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** PostgreSQL's escape_json (src/backend/utils/adt/json.c). */
export function jsonString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

const EPOCH = /^(-?)(\d+)\.(\d{6})$/;

/**
 * to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from extract(epoch ...)::text (six decimals
 * since PostgreSQL 14). Null for a text this cannot render the way to_char would (infinity, years outside 1–9999): the
 * record then fails verification rather than being vouched for on a guess.
 */
export function utcMicrosText(epoch: string): string | null {
  const match = EPOCH.exec(epoch);
  if (!match) return null;
  const magnitude = BigInt(match[2]!) * 1_000_000n + BigInt(match[3]!);
  const micros = match[1] === '-' ? -magnitude : magnitude;
  const millis = micros / 1000n - (micros % 1000n < 0n ? 1n : 0n);
  const subMillis = micros - millis * 1000n;
  const date = new Date(Number(millis));
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return null;
  return `${date.toISOString().slice(0, 23)}${subMillis.toString().padStart(3, '0')}Z`;
}

const jsonText = (value: string | null) => (value === null ? 'null' : jsonString(value));

/** The digest input of one record, or null when its time cannot be rendered (see utcMicrosText). */
export function auditDigestInput(record: RawAuditRecord): string | null {
  const occurredAt = record.occurredAtEpoch === null ? 'null' : utcMicrosText(record.occurredAtEpoch);
  if (occurredAt === null) return null;
  const elements = [
    String(record.id),
    occurredAt === 'null' ? 'null' : jsonString(occurredAt),
    jsonText(record.requestId),
    jsonText(record.actorUserId),
    jsonText(record.actorRole),
    jsonString(record.action),
    jsonString(record.objectType),
    jsonText(record.objectId),
    record.before ?? 'null',
    record.after ?? 'null',
    jsonText(record.ip),
  ];
  return `[${elements.join(', ')}]`;
}
