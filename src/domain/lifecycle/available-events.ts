// What a person in this role can do now, for the buttons of the UI: the events with a row from this state that
// the role may act on and whose guard holds. Exactly the events transition() would accept (tested).
import type { Role } from '../shared/roles';
import type { LifecycleContext } from './context';
import { EVENT_LABELS, type LifecycleEvent } from './events';
import type { LifecycleState } from './states';
import { guardFailure } from './transition';
import { TRANSITION_ROWS } from './transitions';

export interface AvailableEvent {
  event: LifecycleEvent;
  label: string;
  to: LifecycleState;
}

export function availableEvents(state: LifecycleState, role: Role, context: LifecycleContext): AvailableEvent[] {
  const available: AvailableEvent[] = [];
  for (const row of TRANSITION_ROWS) {
    if (row.from !== state || !row.roles.includes(role) || guardFailure(row, context) !== null) continue;
    if (available.some((entry) => entry.event === row.event)) continue;
    available.push({ event: row.event, label: EVENT_LABELS[row.event], to: row.to });
  }
  return available;
}
