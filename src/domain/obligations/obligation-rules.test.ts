import { describe, expect, it } from 'vitest';
import { STATES } from '../lifecycle/states';
import { countObligations, evidenceRefusal, heldOnIssue, mayRecordObligations, voidRefusal } from './obligation-rules';

describe('mayRecordObligations: from creation until exit, cancellation or revocation (Art. 14)', () => {
  const open = new Set(['creating', 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted', 'certification_publicity', 'certified', 're_review', 'rectifying']);
  it.each(STATES.map((s) => [s, open.has(s)] as const))('%s → %s', (state, expected) => {
    expect(mayRecordObligations(state)).toBe(expected);
  });
  it('an unknown state records nothing', () => {
    expect(mayRecordObligations('nonsense')).toBe(false);
  });
});

describe('heldOnIssue: not after today, not before the creation period starts (both ends inclusive)', () => {
  const today = '2026-11-29';
  const startsOn = '2025-01-01';
  it.each([
    ['2026-11-29', null],
    ['2026-11-30', { path: 'heldOn', message: '活动日期不能晚于今天（2026-11-29）' }],
    ['2027-01-01', { path: 'heldOn', message: '活动日期不能晚于今天（2026-11-29）' }],
    ['2025-01-01', null],
    ['2024-12-31', { path: 'heldOn', message: '活动日期不能早于创建期开始日（2025-01-01）' }],
    ['2025-06-15', null],
  ])('%s', (heldOn, expected) => {
    expect(heldOnIssue(heldOn, today, startsOn)).toEqual(expected);
  });
  it('a period starting today takes today only', () => {
    expect(heldOnIssue(today, today, today)).toBeNull();
    expect(heldOnIssue('2026-11-28', today, today)?.message).toContain('早于');
  });
});

describe('voidRefusal: withdrawn once', () => {
  it.each([
    [null, null],
    [new Date('2026-11-01T00:00:00Z'), 'already_voided'],
  ] as const)('voidedAt %s → %s', (voidedAt, expected) => {
    expect(voidRefusal({ voidedAt })).toBe(expected);
  });
});

describe('evidenceRefusal: while standing, up to the maximum', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);
  it.each([
    [null, 0, null],
    [null, 9, null],
    [null, 10, 'too_many'],
    [null, 11, 'too_many'],
    [new Date(), 0, 'voided'],
    [new Date(), 10, 'voided'],
  ] as const)('voided %s, %i files → %s', (voidedAt, n, expected) => {
    expect(evidenceRefusal({ voidedAt, evidenceFileIds: ids(n) }, 10)).toBe(expected);
  });
});

describe('countObligations: withdrawn records are not counted', () => {
  it.each([
    [[], { governmentActivities: 0, sharingActivities: 0 }],
    [[{ kind: 'government_activity', voidedAt: null }], { governmentActivities: 1, sharingActivities: 0 }],
    [[{ kind: 'government_activity', voidedAt: new Date() }], { governmentActivities: 0, sharingActivities: 0 }],
    [
      [
        { kind: 'sharing_activity', voidedAt: null },
        { kind: 'sharing_activity', voidedAt: null },
        { kind: 'sharing_activity', voidedAt: new Date() },
        { kind: 'government_activity', voidedAt: null },
      ],
      { governmentActivities: 1, sharingActivities: 2 },
    ],
  ])('%#', (records, expected) => {
    expect(countObligations(records)).toEqual(expected);
  });
});
