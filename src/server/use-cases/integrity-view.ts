// How a finding is shown (F5 item 5; Art. 12), and which lifecycle event it takes in a state: a creation object
// loses its creation (取消创建资格), a certified one its certification (撤销认定命名). The table (transitions.ts) says
// which states Art. 12 applies to; nothing here decides that on its own.
import {
  INTEGRITY_DECISION_LABELS,
  INTEGRITY_KIND_LABELS,
  type IntegrityDecision,
  type IntegrityEvidence,
  type IntegrityFindingKind,
  type IntegrityFindingView,
} from '../../contracts/integrity';
import type { IntegrityEvidenceRow } from '../../db/repositories/integrity-finding-files.repository';
import type { IntegrityFindingRow } from '../../db/repositories/integrity-findings.repository';
import { authorize, type Action, type Actor } from '../../domain/access/policy';
import type { LifecycleEvent } from '../../domain/lifecycle/events';
import { stateLabel } from '../../domain/lifecycle/states';
import { TRANSITION_ROWS } from '../../domain/lifecycle/transitions';

/** Art. 12 decisions and their evidence are the province's (transitions.ts): part of managing creation and certification. */
export const EVIDENCE_ADD_ACTION: Action = 'acceptance.manage';
/**
 * Who reads the evidence: the province and the auditors only (least privilege, ADR 0016). The operator and its city
 * read the finding, its source and its published reason, never the province's internal files (名单截图, 核查报告 may
 * name informants or third parties).
 */
export const EVIDENCE_READ_ACTION: Action = 'integrity.evidence.read';

export function mayReadEvidence(actor: Actor): boolean {
  return authorize(actor, EVIDENCE_READ_ACTION) === 'allow';
}

export function toIntegrityEvidence(row: IntegrityEvidenceRow): IntegrityEvidence {
  return { fileId: row.fileId, name: row.originalName, sizeBytes: row.sizeBytes, mediaType: row.mediaType, addedAt: row.addedAt.toISOString() };
}

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

/** `evidence` is null for a reader who may not see it; a finding just recorded (by the province) has none yet. */
export function toIntegrityFindingView(finding: IntegrityFindingRow, recordedByName: string | null, evidence: IntegrityEvidence[] | null = []): IntegrityFindingView {
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
    evidence,
  };
}
