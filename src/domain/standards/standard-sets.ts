// The published standard sets (DESIGN §4). Each annual call pins one version; a version never changes once
// published (standard-sets.test.ts holds a hash of each), so adjusting a threshold means adding a version.
import { GUANGDONG_2025_V1 } from './guangdong-2025-v1';
import type { StandardSet } from './types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Oldest first. */
export const STANDARD_SETS: readonly StandardSet[] = deepFreeze([GUANGDONG_2025_V1]);

/** The version the self-assessment and the public standards page use. */
export const CURRENT_STANDARD_SET: StandardSet = GUANGDONG_2025_V1;

export function findStandardSet(version: string): StandardSet | undefined {
  return STANDARD_SETS.find((set) => set.version === version);
}
