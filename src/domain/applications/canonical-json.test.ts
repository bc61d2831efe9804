import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON of a submitted version', () => {
  it('sorts keys at every level, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: '中' }, u: undefined })).toBe('{"a":{"c":"中","d":[3,{"x":2,"y":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ name: '平台', plan: { support: 's', goals: [] } })).toBe(canonicalJson({ plan: { goals: [], support: 's' }, name: '平台' }));
  });

  it.each([
    [null, 'null'],
    [true, 'true'],
    [1.5, '1.5'],
    ['a"b', '"a\\"b"'],
    [[undefined], '[null]'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});
