import { describe, expect, it } from 'vitest';
import { NATIONAL_ROW_OUTCOMES } from '../../../../src/domain/registry/national-tier';
import { countsText, outcomeColour } from './national-tier-view';

describe('national tier page words', () => {
  it('gives every outcome a colour', () => {
    for (const outcome of NATIONAL_ROW_OUTCOMES) expect(outcomeColour(outcome)).toEqual(expect.any(String));
  });

  it('counts only the outcomes that have rows, in the outcomes’ order', () => {
    expect(countsText({ counts: { unmatched: 2, marked: 3, dismissed: 0 } })).toBe('自动标注3 · 未匹配2');
    expect(countsText({ counts: {} })).toBe('');
  });
});
