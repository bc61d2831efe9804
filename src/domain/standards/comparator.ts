// Chinese legal wording decides the comparison (DESIGN §4): 以上 / 不少于 / 不低于 / 至少 include the number
// itself, 超过 / 高于 exclude it, 以内 / 不超过 include it from below. "年服务中小企业1000家以上" passes at exactly 1000;
// "优质企业数量占比超过25%" fails at exactly 25%; "注册流程在8分钟以内完成" passes at exactly 8.
export const LEGAL_WORDS = ['以上', '不少于', '不低于', '至少', '超过', '高于', '以内', '不超过'] as const;
export type LegalWord = (typeof LEGAL_WORDS)[number];

export type Comparator = 'gte' | 'gt' | 'lte';

export const COMPARATOR_OF: Readonly<Record<LegalWord, Comparator>> = {
  以上: 'gte',
  不少于: 'gte',
  不低于: 'gte',
  至少: 'gte',
  超过: 'gt',
  高于: 'gt',
  以内: 'lte',
  不超过: 'lte',
};

export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = { gte: '≥', gt: '>', lte: '≤' };

/** The one comparison every threshold goes through. */
export function meets(actual: number, word: LegalWord, threshold: number): boolean {
  switch (COMPARATOR_OF[word]) {
    case 'gte':
      return actual >= threshold;
    case 'gt':
      return actual > threshold;
    case 'lte':
      return actual <= threshold;
  }
}
