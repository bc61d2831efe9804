import { describe, expect, it } from 'vitest';
import { isNeverSubmitted } from './draft-privacy';

describe('an application is the applicant’s own until first submitted (Art. 7(1))', () => {
  it.each([
    ['draft', 0, true],
    ['withdrawn', 0, true],
    ['withdrawn', 1, false],
    ['submitted', 1, false],
    ['returned_for_revision', 1, false],
    ['recommended', 2, false],
  ] as const)('%s with submitted version %i → never submitted %s', (state, submittedVersion, expected) => {
    expect(isNeverSubmitted({ state, submittedVersion })).toBe(expected);
  });
});
