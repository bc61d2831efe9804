// Pairs of events whose participant lists are near-identical (Art. 12 data-quality hint): the same enterprises
// "attending" event after event suggests a copied sign-in list. Jaccard similarity |A∩B| / |A∪B| ≥ 0.9, both
// events with at least 15 participants (the Attachment 1 count that makes an event count at all).
//
// All pairs would be quadratic in the number of events. Prefix filtering (Bayardo et al., "Scaling up all pairs
// similarity search", WWW 2007) avoids that: order every participant list by one global order (rarest code
// first); two lists with Jaccard ≥ t share at least one code among the first |x| − ⌈t·|x|⌉ + 1 of each. Lists
// are taken from the smallest up and only their prefixes are indexed, so a pair is compared in full only when
// the prefixes meet and the sizes allow it (|y| ≥ t·|x|). Integer arithmetic throughout: 0.9 is 9/10.
import type { PlainDate } from '../shared/plain-date';

export const NEAR_IDENTICAL_JACCARD = { numerator: 9, denominator: 10 } as const;
export const NEAR_IDENTICAL_MIN_PARTICIPANTS = 15;

export interface EventParticipants {
  id: string;
  date: PlainDate;
  topic: string;
  participants: readonly string[];
}

export interface EventPair {
  first: EventParticipants;
  second: EventParticipants;
  shared: number;
  /** Size of the union. */
  union: number;
}

const { numerator: NUM, denominator: DEN } = NEAR_IDENTICAL_JACCARD;

/** |A∩B| / |A∪B| ≥ 9/10, exactly. */
export function isNearIdentical(shared: number, union: number): boolean {
  return union > 0 && DEN * shared >= NUM * union;
}

interface Indexed {
  event: EventParticipants;
  tokens: string[];
  set: Set<string>;
}

export function findNearIdenticalEventPairs(events: readonly EventParticipants[]): EventPair[] {
  const eligible = events
    .map((event) => ({ event, set: new Set(event.participants) }))
    .filter(({ set }) => set.size >= NEAR_IDENTICAL_MIN_PARTICIPANTS);
  const frequency = new Map<string, number>();
  for (const { set } of eligible) for (const code of set) frequency.set(code, (frequency.get(code) ?? 0) + 1);
  const byRarity = (a: string, b: string) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const records: Indexed[] = eligible
    .map(({ event, set }) => ({ event, set, tokens: [...set].sort(byRarity) }))
    .sort((a, b) => a.tokens.length - b.tokens.length || (a.event.id < b.event.id ? -1 : 1));

  const index = new Map<string, number[]>();
  const pairs: EventPair[] = [];
  records.forEach((x, i) => {
    const size = x.tokens.length;
    const prefix = size - Math.ceil((NUM * size) / DEN) + 1;
    const candidates = new Set<number>();
    for (const token of x.tokens.slice(0, prefix)) {
      for (const j of index.get(token) ?? []) if (DEN * records[j]!.tokens.length >= NUM * size) candidates.add(j);
    }
    for (const j of candidates) {
      const y = records[j]!;
      let shared = 0;
      for (const token of y.tokens) if (x.set.has(token)) shared += 1;
      const union = size + y.tokens.length - shared;
      if (isNearIdentical(shared, union)) pairs.push(ordered(y.event, x.event, shared, union));
    }
    for (const token of x.tokens.slice(0, prefix)) {
      const list = index.get(token);
      if (list) list.push(i);
      else index.set(token, [i]);
    }
  });
  return pairs.sort(comparePairs);
}

function ordered(a: EventParticipants, b: EventParticipants, shared: number, union: number): EventPair {
  const [first, second] = compareEvents(a, b) <= 0 ? [a, b] : [b, a];
  return { first, second, shared, union };
}

/** Chronological, then by id: a neutral order (no event is worse than another). */
function compareEvents(a: EventParticipants, b: EventParticipants): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function comparePairs(a: EventPair, b: EventPair): number {
  return compareEvents(a.first, b.first) || compareEvents(a.second, b.second);
}
