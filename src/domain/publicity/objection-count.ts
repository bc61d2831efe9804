// Art. 7(2): 公示无异议或异议不属实的，确定为创建对象. An application may be confirmed only when every objection to
// it has been found untrue, so the open count lives in its LifecycleFacts (unresolvedObjections) and the lifecycle
// guard publicityClosed reads it. Receiving an objection and finding one untrue change the count without a
// change of state; an upheld objection ends the 公示 for that entry through the lifecycle (uphold_*_objection).
import type { LifecycleFacts } from '../lifecycle/context';

export type ObjectionCountChange = 'received' | 'found_untrue';

export function countObjection(facts: LifecycleFacts, change: ObjectionCountChange): LifecycleFacts {
  if (change === 'received') return { ...facts, unresolvedObjections: facts.unresolvedObjections + 1 };
  if (facts.unresolvedObjections < 1) throw new Error('countObjection: no unresolved objection to resolve');
  return { ...facts, unresolvedObjections: facts.unresolvedObjections - 1 };
}
