import { describe, expect, it } from 'vitest';
import { assessEligibility, type EligibilityFacts } from './eligibility';

const ELIGIBLE: EligibilityFacts = {
  operatingSince: '2023-06-30',
  callDate: '2026-06-30',
  operatorKind: 'public_institution',
  isBranch: false,
  isDishonest: false,
  hasPublicServiceMandate: false,
};

describe('Art. 5: operating 3 years or more at the call date (以上 includes exactly 3)', () => {
  it.each([
    ['2023-06-30', '2026-06-30', true],
    ['2023-07-01', '2026-06-30', false],
    ['2023-06-29', '2026-06-30', true],
    ['2020-02-29', '2023-02-28', true],
    ['2020-02-29', '2023-02-27', false],
    ['2020-02-29', '2023-03-01', true],
    ['2021-03-01', '2024-02-29', false],
    ['2021-02-28', '2024-02-28', true],
    ['2021-02-28', '2024-02-27', false],
    ['2027-01-01', '2026-06-30', false],
  ])('operating since %s, call %s → eligible %s', (operatingSince, callDate, eligible) => {
    const failures = assessEligibility({ ...ELIGIBLE, operatingSince, callDate });
    expect(failures.map((f) => f.condition)).toEqual(eligible ? [] : ['operatingYears']);
  });

  it('says when the three years are complete', () => {
    expect(assessEligibility({ ...ELIGIBLE, operatingSince: '2023-07-01' })).toEqual([
      { condition: 'operatingYears', reason: '运营未满3年：平台（基地）自2023-07-01起运营，2026-07-01起方满3年，申报通知发布日为2026-06-30（第五条）' },
    ]);
  });
});

describe('Art. 5 and Art. 2: operator conditions', () => {
  it.each<[Partial<EligibilityFacts>, string[]]>([
    [{}, []],
    [{ operatorKind: 'government' }, []],
    [{ operatorKind: 'state_owned_enterprise' }, []],
    [{ operatorKind: 'commissioned_enterprise', hasPublicServiceMandate: true }, []],
    [{ operatorKind: 'commissioned_enterprise' }, ['publicServiceMandate']],
    [{ operatorKind: 'private_non_enterprise' }, ['publicServiceMandate']],
    [{ operatorKind: 'social_organisation' }, ['publicServiceMandate']],
    [{ operatorKind: 'social_organisation', hasPublicServiceMandate: true }, []],
    [{ operatorKind: 'non_profit' }, []],
    [{ operatorKind: 'private_company' }, ['operatorKind']],
    [{ isBranch: true }, ['branch']],
    [{ isDishonest: true }, ['dishonest']],
    [{ operatingSince: '2024-01-01', isDishonest: true, operatorKind: 'individual', isBranch: true }, ['operatingYears', 'dishonest', 'operatorKind', 'branch']],
  ])('%j fails %j', (changes, conditions) => {
    const failures = assessEligibility({ ...ELIGIBLE, ...changes });
    expect(failures.map((f) => f.condition)).toEqual(conditions);
    for (const failure of failures) expect(failure.reason).toMatch(/第[二五]条/);
  });

  it.each([['operatingSince', '2023-02-30'], ['callDate', '2026/06/30']])('refuses an invalid %s', (field, value) => {
    expect(() => assessEligibility({ ...ELIGIBLE, [field]: value })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
