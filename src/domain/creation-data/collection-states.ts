// Data are collected from the moment a platform/base becomes a creation object (Art. 7(2)) and go on through
// acceptance, certification and re-review (Art. 10 re-review reads "the continuing data"). Nothing is collected
// before creation or after an exit, a cancellation or a revocation.
import type { LifecycleState } from '../lifecycle/states';

export const DATA_COLLECTING_STATES = [
  'creating',
  'acceptance_submitted',
  'acceptance_review',
  'certification_shortlisted',
  'certification_publicity',
  'certified',
  're_review',
  'rectifying',
] as const satisfies readonly LifecycleState[];

export function isCollectingData(state: string): boolean {
  return (DATA_COLLECTING_STATES as readonly string[]).includes(state);
}
