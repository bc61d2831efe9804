// ADR 0022: the pieces of the digest input that mirror PostgreSQL's own text output (escape_json, to_char of a UTC
// time with microseconds). The equality with the database itself is proved in audit-digest-input.integration.test.ts.
import { describe, expect, it } from 'vitest';
import { auditDigestInput, jsonString, utcMicrosText } from './audit-digest-input';

describe('jsonString (escape_json)', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['"\\', '"\\"\\\\"'],
    ['\b\f\n\r\t', '"\\b\\f\\n\\r\\t"'],
    ['\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
    ['\u0020\u007f/', '" \u007f/"'],
    ['中文🚀', '"中文🚀"'],
  ])('%j → %s', (text, json) => {
    expect(jsonString(text)).toBe(json);
  });
});

describe('utcMicrosText (to_char … "YYYY-MM-DD"T"HH24:MI:SS.US"Z")', () => {
  it.each([
    ['0.000000', '1970-01-01T00:00:00.000000Z'],
    ['0.000001', '1970-01-01T00:00:00.000001Z'],
    ['-0.000001', '1969-12-31T23:59:59.999999Z'],
    ['-1.500000', '1969-12-31T23:59:58.500000Z'],
    ['1795831200.123456', '2026-11-28T02:00:00.123456Z'],
    ['253402300799.999999', '9999-12-31T23:59:59.999999Z'],
    ['253402300800.000000', null],
    ['-62135596800.000000', '0001-01-01T00:00:00.000000Z'],
    ['-62135596800.000001', null],
    ['Infinity', null],
    ['1795831200.123', null],
  ])('%s → %s', (epoch, text) => {
    expect(utcMicrosText(epoch)).toBe(text);
  });
});

describe('auditDigestInput', () => {
  const record = {
    id: 42,
    occurredAtEpoch: '1795831200.123000',
    requestId: null,
    actorUserId: null,
    actorRole: 'province',
    action: 'a.b',
    objectType: 'test',
    objectId: 'x',
    before: null,
    after: '{"k": [1, null]}',
    ip: null,
  };

  it('writes the array as jsonb does, nulls as null and jsonb columns as their own text', () => {
    expect(auditDigestInput(record)).toBe('[42, "2026-11-28T02:00:00.123000Z", null, null, "province", "a.b", "test", "x", null, {"k": [1, null]}, null]');
  });

  it('gives no input (so the record fails verification) for a time to_char would write otherwise', () => {
    expect(auditDigestInput({ ...record, occurredAtEpoch: 'Infinity' })).toBeNull();
  });
});
