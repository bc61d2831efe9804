// F7 item 7: generic hostile input for the fuzz harness — values no contract expects (control characters, huge
// numbers, deep nesting, unicode edge cases, prototype-pollution keys, wrong types), raw bodies that are not JSON,
// path segments and query strings (ASVS V5.1.3 / V5.1.4; 等保2.0 三级 8.1.4.9 data integrity under bad input).
import fc from 'fast-check';

/** encodeURIComponent, but a lone surrogate is sent as its raw UTF-8 bytes (what a hostile client can do) instead of throwing. */
export function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : [nested(depth - 1, leaf)]);

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202e\u200b\ufeff',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(50),
  '\r\n\t\u0007\u001b[31m',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '9'.repeat(400),
  'x'.repeat(70_000),
  '0000-00-00',
  '2026-02-30',
  '-0',
  'NaN',
  'null',
  'undefined',
  'true',
];

const PROTO_BODIES: unknown[] = [
  JSON.parse('{"__proto__":{"isAdmin":true,"role":"province"}}'),
  JSON.parse('{"constructor":{"prototype":{"isAdmin":true}}}'),
  JSON.parse('{"prototype":{"polluted":1},"toString":"x","hasOwnProperty":1,"valueOf":null}'),
];

/** A JSON value no contract asks for. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER - 2,
    5e-324,
    [],
    {},
    ...HOSTILE_STRINGS,
    ...PROTO_BODIES,
    nested(64, 'deep'),
    nested(400, 1),
    Array.from({ length: 2_000 }, (_, i) => i),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.double(),
  fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
);

export interface RawBody {
  contentType: string;
  payload: string | Buffer;
}

/** Bodies that are not what the route parses: broken JSON, other media types, binary, deep and wide JSON. */
export const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  fc.constantFrom<RawBody>(
    { contentType: 'application/json', payload: '{bad json' },
    { contentType: 'application/json', payload: '' },
    { contentType: 'application/json', payload: '{"a":1,"a":2}' },
    { contentType: 'application/json', payload: '{"__proto__":{"isAdmin":true}}' },
    { contentType: 'application/json', payload: '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000) },
    { contentType: 'application/json', payload: '[' + '1,'.repeat(50_000) + '1]' },
    { contentType: 'application/json', payload: '"\\ud800"' },
    { contentType: 'application/json', payload: '1e99999' },
    { contentType: 'application/json; charset=latin1', payload: '{}' },
    { contentType: 'application/x-www-form-urlencoded', payload: 'a=1&a=2&__proto__[x]=1' },
    { contentType: 'text/plain', payload: 'hello' },
    { contentType: 'application/xml', payload: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>' },
    { contentType: 'application/octet-stream', payload: Buffer.from([0, 1, 2, 255, 254]) },
    { contentType: 'multipart/form-data', payload: 'no boundary' },
  ),
  fc.string({ unit: 'binary', maxLength: 200 }).map((payload) => ({ contentType: 'application/json', payload })),
);

/** A path segment, already percent-encoded (or deliberately badly encoded). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0', '-1', '1e3', '..', '%2e%2e', '%00', '%E0%A4%A', '%', '%ZZ', 'null', '00000000-0000-0000-0000-000000000000', 'x'.repeat(3_000)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encodeLoosely),
  fc.uuid().map((u) => u.toUpperCase()),
);

/** A query string (without "?") no contract expects: repeated keys, brackets, bad encoding, hostile values. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('page=1&page=2', 'a[b][c]=1', '__proto__[x]=1', 'constructor[prototype][x]=1', 'q=%', 'q=%00', 'pageSize=1e3', 'page=-1', '=', '&&&', 'x=' + 'y'.repeat(5_000)),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 20)), fc.string({ unit: 'binary', maxLength: 20 })), { maxKeys: 4 }).map((params) =>
    Object.entries(params)
      .map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`)
      .join('&'),
  ),
);
