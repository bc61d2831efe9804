import { describe, expect, it } from 'vitest';
import { batchYearOf, matchNationalRow, nationalRowCreditCode, type NationalMatchCandidate, type NationalRowMatch } from './national-tier';

// Two valid codes (GB 32100-2015 check characters) and one with its check character changed.
const CODE = '914403001922038216';
const OTHER = '9144030071526726XG';
const BAD_CHECK = '914403001922038217';

const entry = (id: string, overrides: Partial<NationalMatchCandidate> = {}): NationalMatchCandidate => ({
  id,
  operatorCreditCode: CODE,
  status: 'certified',
  isNational: false,
  canBeMarked: true,
  ...overrides,
});

describe('matching a row of MIIT’s list by the operator’s credit code (Art. 9)', () => {
  it.each<[string, string, NationalMatchCandidate[], NationalRowMatch]>([
    ['one certified entry → marked', CODE, [entry('a')], { outcome: 'marked', entryId: 'a' }],
    ['the code as typed (spaces, lower case) → marked', ' 9144030019 22038216 ', [entry('a')], { outcome: 'marked', entryId: 'a' }],
    ['lower-case check letter is normalised', '9144030071526726xg', [entry('a', { operatorCreditCode: OTHER })], { outcome: 'marked', entryId: 'a' }],
    ['already national → already_national', CODE, [entry('a', { isNational: true })], { outcome: 'already_national', entryId: 'a' }],
    ['national but rectifying → already_national (nothing to do)', CODE, [entry('a', { isNational: true, status: 'rectifying' })], { outcome: 'already_national', entryId: 'a' }],
    ['one national, one only creating → already_national', CODE, [entry('a', { isNational: true }), entry('b', { status: 'creating' })], { outcome: 'already_national', entryId: 'a' }],
    ['one entry creating → not_certified, naming it', CODE, [entry('a', { status: 'creating' })], { outcome: 'not_certified', entryId: 'a' }],
    ['revoked and exited → not_certified, no single entry', CODE, [entry('a', { status: 'revoked' }), entry('b', { status: 'exited' })], { outcome: 'not_certified', entryId: null }],
    ['certified but in re-review (lifecycle refuses the mark) → not_certified', CODE, [entry('a', { canBeMarked: false })], { outcome: 'not_certified', entryId: 'a' }],
    ['two certified → ambiguous', CODE, [entry('a'), entry('b')], { outcome: 'ambiguous', entryId: null }],
    ['one certified, one national → ambiguous', CODE, [entry('a'), entry('b', { isNational: true })], { outcome: 'ambiguous', entryId: null }],
    ['one certified and one revoked → marked (the revoked one cannot be it)', CODE, [entry('a'), entry('b', { status: 'revoked' })], { outcome: 'marked', entryId: 'a' }],
    ['no entry of the code → unmatched', CODE, [entry('a', { operatorCreditCode: OTHER })], { outcome: 'unmatched', entryId: null }],
    ['entry without a code → unmatched', CODE, [entry('a', { operatorCreditCode: null })], { outcome: 'unmatched', entryId: null }],
    ['no entries at all → unmatched', CODE, [], { outcome: 'unmatched', entryId: null }],
    ['check character wrong → unmatched even if an entry holds it', BAD_CHECK, [entry('a', { operatorCreditCode: BAD_CHECK })], { outcome: 'unmatched', entryId: null }],
    ['17 characters → unmatched', CODE.slice(0, 17), [entry('a')], { outcome: 'unmatched', entryId: null }],
    ['empty → unmatched', '', [entry('a')], { outcome: 'unmatched', entryId: null }],
  ])('%s', (_name, code, entries, expected) => {
    expect(matchNationalRow(code, entries)).toEqual(expected);
  });

  it('normalises a valid code and refuses a malformed one', () => {
    expect(nationalRowCreditCode(' 9144030071526726xg')).toBe(OTHER);
    expect(nationalRowCreditCode('91440300715267260I')).toBeNull();
    expect(nationalRowCreditCode('无')).toBeNull();
  });
});

describe('the batch year a 批次 text names', () => {
  it.each<[string | null, number | null]>([
    ['2025年度', 2025],
    ['第七批（2024）', 2024],
    ['２０２５年', 2025],
    ['2000年', 2000],
    ['2100年', 2100],
    ['1999年', null],
    ['2101年', null],
    ['第七批', null],
    ['', null],
    [null, null],
  ])('%j → %j', (text, year) => {
    expect(batchYearOf(text)).toBe(year);
  });
});
