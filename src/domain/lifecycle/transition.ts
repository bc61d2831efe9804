// The one way a lifecycle state changes (DESIGN §2): look the (state, event) rows up in the table, keep those
// the role may act on, take the first whose guard holds. Use cases persist the result and its effects together
// with the audit record in one transaction.
import { AppError } from '../shared/app-error';
import { ROLE_LABELS, type Role } from '../shared/roles';
import type { LifecycleContext } from './context';
import { EFFECTS, type LifecycleEffect } from './effects';
import { EVENT_LABELS, type LifecycleEvent } from './events';
import { GUARDS } from './guards';
import { STATE_INFO, type LifecycleState } from './states';
import { TRANSITION_ROWS, type TransitionRow } from './transitions';

export interface TransitionResult {
  state: LifecycleState;
  effects: LifecycleEffect[];
  /** The table row that applied, for the audit record (its article and description). */
  row: TransitionRow;
}

export function rowsFor(state: LifecycleState, event: LifecycleEvent): TransitionRow[] {
  return TRANSITION_ROWS.filter((row) => row.from === state && row.event === event);
}

/** null when the row's guard holds (or it has none), otherwise the Chinese reason. */
export function guardFailure(row: TransitionRow, context: LifecycleContext): string | null {
  return row.guard ? GUARDS[row.guard].check(context) : null;
}

export function transition(state: LifecycleState, event: LifecycleEvent, role: Role, context: LifecycleContext): TransitionResult {
  const stateLabel = STATE_INFO[state].label;
  const eventLabel = EVENT_LABELS[event];
  const details = { state, event, role };
  const rows = rowsFor(state, event);
  if (rows.length === 0) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel}”，不能办理“${eventLabel}”。`, { details });
  }
  const permitted = rows.filter((row) => row.roles.includes(role));
  if (permitted.length === 0) {
    throw new AppError('FORBIDDEN', `${ROLE_LABELS[role]}无权在“${stateLabel}”状态下办理“${eventLabel}”。`, { details });
  }
  const reasons: string[] = [];
  for (const row of permitted) {
    const reason = guardFailure(row, context);
    if (reason === null) return { state: row.to, effects: (row.effects ?? []).map((name) => EFFECTS[name](context)), row };
    reasons.push(reason);
  }
  // Rows sharing (state, event) have mutually exclusive guards (tested), so the first reason is the one to act on.
  throw new AppError('TRANSITION_PRECONDITION_FAILED', `暂不能办理“${eventLabel}”：${reasons[0]}`, {
    details: { ...details, guards: permitted.map((row) => row.guard) },
  });
}
