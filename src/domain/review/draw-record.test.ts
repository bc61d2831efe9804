import { describe, expect, it } from 'vitest';
import { checkRecordedDraw, chosenIdsOf, eligibleIdsOf, readDrawRecord, type RecordedDraw } from './draw-record';
import { drawExperts, DRAW_ALGORITHM, type DrawApplication, type PoolExpert } from './expert-draw';

const APPLICATION: DrawApplication = { id: 'app-1', organisationId: 'org-1', creditCode: '12440100MB0000001X', cityCode: '440100' };
const expert = (id: string, overrides: Partial<PoolExpert> = {}): PoolExpert => ({
  id,
  employerCreditCode: null,
  cityCode: '440700',
  termStartsOn: '2026-01-01',
  termEndsOn: '2028-12-31',
  isActive: true,
  avoidOrganisationIds: [],
  ...overrides,
});
const POOL = [expert('e-1'), expert('e-2'), expert('e-3', { cityCode: '440100' }), expert('e-4'), expert('e-5', { isActive: false }), expert('e-6')];

function recorded(kind: RecordedDraw['kind'], count: number, seed: string, assignedIds: string[] = []): RecordedDraw {
  const result = drawExperts({ pool: POOL.filter((e) => !assignedIds.includes(e.id)), applications: [APPLICATION], count, seed, drawDate: '2026-11-28' });
  return { kind, seed, count, algorithm: DRAW_ALGORITHM, drawDate: '2026-11-28', drawnAt: '2026-11-28T02:00:00.000Z', assignedIds, ...result, pool: POOL, applications: [APPLICATION] };
}

describe('readDrawRecord', () => {
  it('reads the first shape as one initial draw with the group’s seed and count', () => {
    const legacy = { algorithm: DRAW_ALGORITHM, drawDate: '2026-11-28', eligibleIds: ['e-1', 'e-2'], chosenIds: ['e-2'], excluded: [] };
    const record = readDrawRecord(legacy, { seed: 'abcdef01', count: 1 });
    expect(record?.draws).toEqual([expect.objectContaining({ kind: 'initial', seed: 'abcdef01', count: 1, chosenIds: ['e-2'], pool: null, drawnAt: null, assignedIds: [] })]);
  });

  it('gives null before any draw and reads the listed shape as it is', () => {
    expect(readDrawRecord(null, { seed: null, count: 2 })).toBeNull();
    const record = { version: 2 as const, draws: [recorded('initial', 2, '0123abcd')] };
    expect(readDrawRecord(record, { seed: 'ignored', count: 9 })).toBe(record);
    expect(chosenIdsOf(record)).toEqual(record.draws[0]?.chosenIds);
  });
});

describe('checkRecordedDraw', () => {
  it('repeats a genuine draw exactly from its snapshot, whatever the pool became', () => {
    const draw = recorded('initial', 2, '0123abcd');
    expect(draw.eligibleIds).toEqual(['e-1', 'e-2', 'e-4', 'e-6']);
    expect(checkRecordedDraw(draw)).toEqual({ replayedIds: draw.chosenIds, shuffleMatches: true, eligibleMatches: true });
  });

  it('a supplementary draw leaves out those already in the group, and is checked the same way', () => {
    const first = recorded('initial', 2, '0123abcd');
    const more = recorded('supplementary', 1, 'feedbeef', first.chosenIds);
    expect(first.chosenIds).not.toContain(more.chosenIds[0]);
    expect(more.eligibleIds).toEqual(eligibleIdsOf(POOL, [APPLICATION], first.chosenIds, '2026-11-28'));
    expect(checkRecordedDraw(more)).toMatchObject({ shuffleMatches: true, eligibleMatches: true });
  });

  it.each<[string, (d: RecordedDraw) => RecordedDraw, { shuffleMatches?: boolean; eligibleMatches: boolean | null }]>([
    ['other experts recorded as chosen', (d) => ({ ...d, chosenIds: [...d.chosenIds].reverse() }), { shuffleMatches: false, eligibleMatches: true }],
    ['an excluded expert slipped into the eligible list', (d) => ({ ...d, eligibleIds: [...d.eligibleIds, 'e-5'] }), { eligibleMatches: false }],
    ['no snapshot (first shape): only the shuffle is checked', (d) => ({ ...d, pool: null, applications: null }), { shuffleMatches: true, eligibleMatches: null }],
  ])('%s', (_name, change, expected) => {
    expect(checkRecordedDraw(change(recorded('initial', 2, '0123abcd')))).toMatchObject(expected);
  });
});
