import { describe, expect, it } from 'vitest';
import { COMPARATOR_OF, LEGAL_WORDS, meets, type LegalWord } from './comparator';

describe('legal comparators: the exact boundary and either side', () => {
  it.each<[LegalWord, number, number, boolean]>([
    ['以上', 1000, 1000, true],
    ['以上', 999, 1000, false],
    ['以上', 1001, 1000, true],
    ['不少于', 3, 3, true],
    ['不少于', 2, 3, false],
    ['不少于', 4, 3, true],
    ['不低于', 0.5, 0.5, true],
    ['不低于', 0.4999, 0.5, false],
    ['不低于', 0.02, 0.02, true],
    ['不低于', 0.0199, 0.02, false],
    ['至少', 2, 2, true],
    ['至少', 1, 2, false],
    ['超过', 0.25, 0.25, false],
    ['超过', 0.250001, 0.25, true],
    ['超过', 0.2499, 0.25, false],
    ['超过', 0.35, 0.35, false],
    ['超过', 0.350001, 0.35, true],
    ['高于', 10, 10, false],
    ['高于', 10.01, 10, true],
    ['以内', 8, 8, true],
    ['以内', 8.01, 8, false],
    ['以内', 7.99, 8, true],
    ['不超过', 8, 8, true],
    ['不超过', 8.01, 8, false],
  ])('%s: %d against %d → %s', (word, actual, threshold, expected) => {
    expect(meets(actual, word, threshold)).toBe(expected);
  });

  it('ratios computed by division equal the written threshold exactly when they are equal', () => {
    expect(meets(3 / 10, '以上', 0.3)).toBe(true);
    expect(meets(80 / 100, '以上', 0.8)).toBe(true);
    expect(meets(25 / 100, '超过', 0.25)).toBe(false);
  });

  it('maps every legal word to one comparator', () => {
    expect(LEGAL_WORDS.map((w) => COMPARATOR_OF[w])).toEqual(['gte', 'gte', 'gte', 'gte', 'gt', 'gt', 'lte', 'lte']);
  });
});
