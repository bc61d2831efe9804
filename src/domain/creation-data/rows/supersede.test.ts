import { describe, expect, it } from 'vitest';
import { planSuperseding, sameFields, type RowIdentity } from './supersede';

interface Count {
  library: string;
  asOf: string;
  count: number;
  codes?: string[];
}

const identity: RowIdentity<Count> = {
  keyOf: (row) => `${row.library}|${row.asOf}`,
  isSame: sameFields<Count>(['library', 'asOf', 'count', 'codes']),
};

const row = (library: string, count: number, asOf = '2026-06-30'): Count => ({ library, asOf, count });

describe('latest row per key wins', () => {
  it.each([
    ['a new key is stored', [], [row('sme', 10)], [[row('sme', 10)]], 0],
    ['the same row as the current one is a duplicate', [row('sme', 10)], [row('sme', 10)], [], 1],
    ['a different value supersedes the current one', [row('sme', 10)], [row('sme', 11)], [[row('sme', 11)]], 0],
    ['the same key on another date is another key', [row('sme', 10)], [row('sme', 10, '2026-06-29')], [[row('sme', 10, '2026-06-29')]], 0],
    ['a row repeated in one batch is stored once', [], [row('sme', 10), row('sme', 10)], [[row('sme', 10)]], 1],
    ['a key corrected within the batch is stored twice, in order', [], [row('sme', 10), row('sme', 12)], [[row('sme', 10)], [row('sme', 12)]], 0],
    ['going back to the current value after a change is a change', [row('sme', 10)], [row('sme', 12), row('sme', 10)], [[row('sme', 12)], [row('sme', 10)]], 0],
    ['different keys go in one round', [], [row('sme', 1), row('policy', 2)], [[row('sme', 1), row('policy', 2)]], 0],
  ] as const)('%s', (_case, current, rows, rounds, duplicates) => {
    const currentMap = new Map(current.map((r) => [identity.keyOf(r), r]));
    expect(planSuperseding(rows, currentMap, identity)).toEqual({ rounds, duplicates });
  });

  it('compares arrays element by element', () => {
    const a = { ...row('sme', 1), codes: ['C39', 'C40'] };
    expect(identity.isSame(a, { ...a, codes: ['C39', 'C40'] })).toBe(true);
    expect(identity.isSame(a, { ...a, codes: ['C40', 'C39'] })).toBe(false);
    expect(identity.isSame(a, { ...a, codes: ['C39'] })).toBe(false);
  });
});
