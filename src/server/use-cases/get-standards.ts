import type { StandardsResponse } from '../../contracts/standards';
import { COMPARATOR_OF, COMPARATOR_SYMBOL, LEGAL_WORDS } from '../../domain/standards/comparator';
import { CURRENT_STANDARD_SET } from '../../domain/standards/standard-sets';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS, STAGE_LABELS } from '../../domain/standards/types';

/** The current standard set with the legend a reader needs; public reference data. */
export function getStandards(): StandardsResponse {
  return {
    ...CURRENT_STANDARD_SET,
    comparators: LEGAL_WORDS.map((word) => ({ word, comparator: COMPARATOR_OF[word], symbol: COMPARATOR_SYMBOL[COMPARATOR_OF[word]] })),
    labels: { carrier: CARRIER_LABELS, platformKind: PLATFORM_KIND_LABELS, stage: STAGE_LABELS },
  };
}
