// How a finding is shown (F5 item 5; Art. 12), and which lifecycle event it takes in a state: a creation object
// loses its creation (取消创建资格), a certified one its certification (撤销认定命名). The table (transitions.ts) says
// which states Art. 12 applies to; nothing here decides that on its own.
import { INTEGRITY_DECISION_LABELS, INTEGRITY_KIND_LABELS, type IntegrityDecision, type IntegrityFindingKind, type IntegrityFindingView } from '../../contracts/integrity';
import type { IntegrityFindingRow } from '../../db/repositories/integrity-findings.repository';
import type { LifecycleEvent } from '../../domain/lifecycle/events';
import { stateLabel } from '../../domain/lifecycle/states';
import { TRANSITION_ROWS } from '../../domain/lifecycle/transitions';

const INTEGRITY_EVENTS = ['cancel_creation', 'revoke_certification'] as const satisfies readonly LifecycleEvent[];
export type IntegrityEvent = (typeof INTEGRITY_EVENTS)[number];

/** The Art. 12 row leaving `state`, or null when Art. 12 does not apply there (e.g. already cancelled, exited). */
export function integrityRowFor(state: string): { event: IntegrityEvent; decision: IntegrityDecision } | null {
  for (const row of TRANSITION_ROWS) {
    if (row.from !== state) continue;
    const event = INTEGRITY_EVENTS.find((e) => e === row.event);
    if (event && (row.to === 'creation_cancelled' || row.to === 'revoked')) return { event, decision: row.to };
  }
  return null;
}

/**
 * The event to try in `state`: revocation from the certified states, cancellation otherwise — in a state Art. 12
 * does not apply to, the lifecycle itself refuses it with its Chinese message.
 */
export function integrityEventFor(state: string): IntegrityEvent {
  return integrityRowFor(state)?.event ?? (['certified', 're_review', 'rectifying', 'revoked'].includes(state) ? 'revoke_certification' : 'cancel_creation');
}

export function toIntegrityFindingView(finding: IntegrityFindingRow, recordedByName: string | null): IntegrityFindingView {
  const kind = finding.kind as IntegrityFindingKind;
  const decision = finding.toState as IntegrityDecision;
  return {
    id: finding.id,
    kind,
    kindLabel: INTEGRITY_KIND_LABELS[kind] ?? finding.kind,
    source: finding.source,
    foundOn: finding.foundOn,
    reason: finding.reason,
    fromState: finding.fromState,
    fromStateLabel: stateLabel(finding.fromState),
    decision,
    decisionLabel: INTEGRITY_DECISION_LABELS[decision] ?? finding.toState,
    recordedByName,
    recordedAt: finding.recordedAt.toISOString(),
  };
}
