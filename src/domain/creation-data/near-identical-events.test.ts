import { describe, expect, it } from 'vitest';
import { findNearIdenticalEventPairs, isNearIdentical, type EventParticipants } from './near-identical-events';

const codes = (from: number, count: number) => Array.from({ length: count }, (_, i) => `C${String(from + i).padStart(4, '0')}`);
const event = (id: string, participants: string[], date = '2026-03-01'): EventParticipants => ({ id, date, topic: `活动${id}`, participants });

describe('Jaccard ≥ 0.9, exactly', () => {
  it.each([
    [18, 20, true], // exactly 0.9
    [17, 19, false], // 0.8947
    [19, 21, true], // 0.9048
    [26, 29, false], // 0.8966
    [27, 30, true], // exactly 0.9
    [0, 0, false],
  ])('%i shared of %i → %s', (shared, union, expected) => {
    expect(isNearIdentical(shared, union)).toBe(expected);
  });
});

describe('pairs of events with near-identical participant lists', () => {
  it.each([
    // sizes, shared → union, flagged
    ['19 and 19 sharing 18: 18/20 = 0.9', codes(0, 19), [...codes(0, 18), 'X1'], true],
    ['20 and 19 sharing 18: 18/21', codes(0, 20), [...codes(0, 18), 'X1'], false],
    ['20 and 20 sharing 19: 19/21', codes(0, 20), [...codes(0, 19), 'X1'], true],
    ['identical lists of 15', codes(0, 15), codes(0, 15), true],
    ['identical lists of 14: too small to count', codes(0, 14), codes(0, 14), false],
    ['15 and 14 (one too small) although 14/15 ≥ 0.9', codes(0, 15), codes(0, 14), false],
    ['disjoint lists of 20', codes(0, 20), codes(100, 20), false],
  ])('%s', (_case, a, b, flagged) => {
    expect(findNearIdenticalEventPairs([event('a', a), event('b', b)]).length).toBe(flagged ? 1 : 0);
  });

  it('counts a repeated code once and gives each pair in date order with its overlap', () => {
    const pairs = findNearIdenticalEventPairs([event('late', [...codes(0, 20), 'C0000'], '2026-05-01'), event('early', codes(0, 20), '2026-04-01')]);
    expect(pairs.map((p) => [p.first.id, p.second.id, p.shared, p.union])).toEqual([['early', 'late', 20, 20]]);
  });

  it('finds exactly the pairs a comparison of every pair finds (random lists around the threshold)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const pool = codes(0, 60);
    const events: EventParticipants[] = [];
    for (let i = 0; i < 120; i += 1) {
      const base = pool.slice(Math.floor(random() * 10), 40 + Math.floor(random() * 10));
      const kept = base.filter(() => random() > 0.06);
      events.push(event(`e${String(i).padStart(3, '0')}`, kept, `2026-0${1 + (i % 9)}-1${i % 10}`));
    }
    const brute: string[] = [];
    for (let i = 0; i < events.length; i += 1) {
      for (let j = i + 1; j < events.length; j += 1) {
        const a = new Set(events[i]!.participants);
        const b = new Set(events[j]!.participants);
        if (a.size < 15 || b.size < 15) continue;
        const shared = [...a].filter((c) => b.has(c)).length;
        if (isNearIdentical(shared, a.size + b.size - shared)) brute.push([events[i]!.id, events[j]!.id].sort().join('+'));
      }
    }
    const found = findNearIdenticalEventPairs(events).map((p) => [p.first.id, p.second.id].sort().join('+'));
    expect(brute.length).toBeGreaterThan(10);
    expect(found.sort()).toEqual(brute.sort());
  });
});
