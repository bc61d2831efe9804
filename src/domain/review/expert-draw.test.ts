import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { drawExperts, exclusionsOf, type DrawApplication, type PoolExpert } from './expert-draw';

const APPLICANT: DrawApplication = { id: 'app-1', organisationId: 'org-1', creditCode: '12440100MB0000001X', cityCode: '440100' };

const expert = (overrides: Partial<PoolExpert> = {}): PoolExpert => ({
  id: 'e-1',
  employerCreditCode: '12440300MB0000009Y',
  cityCode: '440300',
  termStartsOn: '2026-01-01',
  termEndsOn: '2028-12-31',
  isActive: true,
  avoidOrganisationIds: [],
  ...overrides,
});

const pool = (n: number, overrides: Partial<PoolExpert> = {}) =>
  Array.from({ length: n }, (_, i) => expert({ id: `e-${String(i).padStart(3, '0')}`, ...overrides }));

describe('exclusionsOf (回避)', () => {
  it.each<[string, Partial<PoolExpert>, string, string[]]>([
    ['eligible', {}, '2026-11-28', []],
    ['term ends on the draw date: still eligible', { termEndsOn: '2026-11-28' }, '2026-11-28', []],
    ['term ended the day before', { termEndsOn: '2026-11-27' }, '2026-11-28', ['termEnded']],
    ['term starts on the draw date: eligible', { termStartsOn: '2026-11-28' }, '2026-11-28', []],
    ['term starts the day after', { termStartsOn: '2026-11-29' }, '2026-11-28', ['termNotStarted']],
    ['inactive', { isActive: false }, '2026-11-28', ['inactive']],
    ['works for the applicant', { employerCreditCode: APPLICANT.creditCode }, '2026-11-28', ['employer']],
    ['no employer code known', { employerCreditCode: null }, '2026-11-28', []],
    ['same city as the applicant', { cityCode: '440100' }, '2026-11-28', ['sameCity']],
    ['declared a relationship', { avoidOrganisationIds: ['org-1'] }, '2026-11-28', ['declaredRelationship']],
    ['relationship with another organisation only', { avoidOrganisationIds: ['org-2'] }, '2026-11-28', []],
    ['several at once', { isActive: false, cityCode: '440100' }, '2026-11-28', ['inactive', 'sameCity']],
  ])('%s', (_name, overrides, drawDate, reasons) => {
    expect(exclusionsOf(expert(overrides), [APPLICANT], drawDate).map((r) => r.reason)).toEqual(reasons);
  });

  it('excludes an expert conflicting with any one application of the group', () => {
    const other: DrawApplication = { id: 'app-2', organisationId: 'org-2', creditCode: '12440600MB0000002X', cityCode: '440600' };
    expect(exclusionsOf(expert({ cityCode: '440600' }), [APPLICANT, other], '2026-11-28')).toEqual([{ reason: 'sameCity', applicationId: 'app-2' }]);
  });
});

describe('drawExperts', () => {
  const base = { applications: [APPLICANT], seed: '0123456789abcdef', drawDate: '2026-11-28' };

  it('draws the asked number from the eligible experts only, and reports the others with reasons', () => {
    const candidates = [...pool(5), expert({ id: 'e-gz', cityCode: '440100' })];
    const result = drawExperts({ ...base, pool: candidates, count: 3 });
    expect(result.chosenIds).toHaveLength(3);
    expect(new Set(result.chosenIds).size).toBe(3);
    expect(result.chosenIds).not.toContain('e-gz');
    expect(result.eligibleIds).toEqual(['e-000', 'e-001', 'e-002', 'e-003', 'e-004']);
    expect(result.excluded).toEqual([{ expertId: 'e-gz', reasons: [{ reason: 'sameCity', applicationId: 'app-1' }] }]);
  });

  it('is reproducible: same seed and pool (in any order) → the same draw', () => {
    const candidates = pool(40);
    const first = drawExperts({ ...base, pool: candidates, count: 5 });
    const again = drawExperts({ ...base, pool: [...candidates].reverse(), count: 5 });
    expect(again).toEqual(first);
  });

  it('differs for a different seed in a big pool', () => {
    const candidates = pool(200);
    const a = drawExperts({ ...base, pool: candidates, count: 7 });
    const b = drawExperts({ ...base, pool: candidates, count: 7, seed: 'fedcba9876543210' });
    expect(a.chosenIds).not.toEqual(b.chosenIds);
  });

  it.each([
    [3, 3, false],
    [3, 2, true],
  ])('with %i eligible and %i needed … exactly enough is fine', (eligible, needed, tooSmall) => {
    const run = () => drawExperts({ ...base, pool: pool(eligible), count: needed + (tooSmall ? eligible - needed + 1 : 0) });
    if (tooSmall) expect(run).toThrow(AppError);
    else expect(run().chosenIds).toHaveLength(needed);
  });

  it('refuses with the numbers when the pool is too small', () => {
    try {
      drawExperts({ ...base, pool: [...pool(2), expert({ id: 'e-gz', cityCode: '440100' })], count: 3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('EXPERT_POOL_TOO_SMALL');
      expect((error as AppError).details).toEqual({ eligible: 2, required: 3, excluded: 1 });
      expect((error as AppError).message).toContain('只有2名');
    }
  });

  it('never draws an expert who conflicts with any application (property)', () => {
    const cities = ['440100', '440300', '440600', '441900'];
    const arbExpert = fc.record({
      id: fc.uuid(),
      employerCreditCode: fc.constantFrom(null, 'C1', 'C2', 'C3'),
      cityCode: fc.constantFrom(...cities),
      termStartsOn: fc.constantFrom('2025-01-01', '2026-11-28', '2026-11-29'),
      termEndsOn: fc.constantFrom('2026-11-27', '2026-11-28', '2029-12-31'),
      isActive: fc.boolean(),
      avoidOrganisationIds: fc.subarray(['o1', 'o2', 'o3']),
    });
    const arbApplication = fc.record({
      id: fc.uuid(),
      organisationId: fc.constantFrom('o1', 'o2', 'o3'),
      creditCode: fc.constantFrom('C1', 'C2', 'C3'),
      cityCode: fc.constantFrom(...cities),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbExpert, { selector: (e) => e.id, maxLength: 30 }),
        fc.array(arbApplication, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.stringMatching(/^[0-9a-f]{8,16}$/),
        (experts, applications, count, seed) => {
          let result;
          try {
            result = drawExperts({ pool: experts, applications, count, seed, drawDate: '2026-11-28' });
          } catch (error) {
            expect((error as AppError).code).toBe('EXPERT_POOL_TOO_SMALL');
            return;
          }
          expect(result.chosenIds).toHaveLength(count);
          expect(new Set(result.chosenIds).size).toBe(count);
          for (const id of result.chosenIds) {
            const chosen = experts.find((e) => e.id === id) as PoolExpert;
            expect(exclusionsOf(chosen, applications, '2026-11-28')).toEqual([]);
          }
        },
      ),
    );
  });
});
