import { describe, expect, it } from 'vitest';
import type { PoolExpert } from '../review/expert-draw';
import { ACCEPTANCE_EXCLUSION_LABELS, acceptanceExclusionsOf, type AcceptanceApplicant } from './acceptance-experts';

const APPLICANT: AcceptanceApplicant = { applicationId: 'app-1', organisationId: 'org-1', creditCode: '91440100MA5000001X', cityCode: '440100' };
const expert = (changes: Partial<PoolExpert> = {}): PoolExpert => ({
  id: 'e-1',
  employerCreditCode: null,
  cityCode: '440300',
  termStartsOn: '2026-01-01',
  termEndsOn: '2026-12-31',
  isActive: true,
  avoidOrganisationIds: [],
  ...changes,
});

describe('who may give an acceptance opinion (ADR 0015)', () => {
  it.each([
    ['an active expert within the term', expert(), '2026-06-01', false, []],
    ['the term’s first day', expert(), '2026-01-01', false, []],
    ['the term’s last day', expert(), '2026-12-31', false, []],
    ['the day before the term', expert(), '2025-12-31', false, ['termNotStarted']],
    ['the day after the term', expert(), '2027-01-01', false, ['termEnded']],
    ['a deactivated expert', expert({ isActive: false }), '2026-06-01', false, ['inactive']],
    ['an employee of the operator', expert({ employerCreditCode: APPLICANT.creditCode }), '2026-06-01', false, ['employer']],
    ['an employee of another organisation', expert({ employerCreditCode: '91440300MA5000002Y' }), '2026-06-01', false, []],
    ['a declared relationship with the operator', expert({ avoidOrganisationIds: ['org-1'] }), '2026-06-01', false, ['declaredRelationship']],
    ['a relationship with someone else', expert({ avoidOrganisationIds: ['org-2'] }), '2026-06-01', false, []],
    ['an expert of the operator’s city (the draw’s city rule does not apply)', expert({ cityCode: '440100' }), '2026-06-01', false, []],
    ['an expert already assigned', expert(), '2026-06-01', true, ['alreadyAssigned']],
    ['several reasons at once', expert({ isActive: false, employerCreditCode: APPLICANT.creditCode }), '2027-01-01', true, ['inactive', 'termEnded', 'employer', 'alreadyAssigned']],
  ] as const)('%s', (_, pooled, today, assigned, reasons) => {
    expect(acceptanceExclusionsOf(pooled, APPLICANT, today, assigned)).toEqual(reasons);
  });

  it('labels every reason in Chinese', () => {
    expect(Object.values(ACCEPTANCE_EXCLUSION_LABELS).every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
  });
});
