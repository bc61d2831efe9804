// Takes an evidence file out of the acceptance submission before it is submitted (ADR 0015); the file row stays
// (data are never deleted), only the submission's list changes.
import type { AcceptanceView } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { attemptOf, buildAcceptanceView } from './acceptance-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notFound } from './require-actor';
import { requireDraftable } from './save-acceptance-draft';

export async function removeAcceptanceEvidence(deps: Deps, ctx: RequestContext, id: string, fileId: string): Promise<AcceptanceView> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'acceptance.submit', isLocked: true });
    const { application } = loaded;
    requireDraftable(application);
    const row = await acceptanceRepository.findAttempt(tx, application.id, attemptOf(application.facts));
    if (!row || !row.evidenceFileIds.includes(fileId)) throw notFound();
    await acceptanceRepository.update(tx, row.id, { evidenceFileIds: row.evidenceFileIds.filter((f) => f !== fileId), updatedAt: deps.clock.now() });
    await appendAudit(tx, deps, ctx, { action: 'acceptance.evidence_removed', objectType: 'acceptance_review', objectId: row.id, before: { applicationId: application.id, attempt: row.attempt, fileId } });
    return buildAcceptanceView(tx, deps, loaded);
  });
}
