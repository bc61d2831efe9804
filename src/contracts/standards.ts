// GET /api/v1/standards: the current standard set (Attachments 1–3) as data, for the public standards page and
// for anyone who wants the rules behind POST /api/v1/self-assessment.
import type { Comparator, LegalWord } from '../domain/standards/comparator';
import type { Carrier, PlatformKind, Stage, StandardSet } from '../domain/standards/types';

export interface StandardsResponse extends StandardSet {
  /** How each legal word compares: 以上 ≥, 超过 >, 以内 ≤ … */
  comparators: { word: LegalWord; comparator: Comparator; symbol: string }[];
  labels: { carrier: Record<Carrier, string>; platformKind: Record<PlatformKind, string>; stage: Record<Stage, string> };
}
