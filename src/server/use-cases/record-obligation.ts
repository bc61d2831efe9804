// Art. 14 (二)(四): the operator records a government service activity it took part in, or a sharing activity it
// held (ADR 0016). The day is checked against the server's clock and the creation period; the record and its audit
// entry are written together.
import type { ObligationRecordView, RecordObligationRequest } from '../../contracts/obligations';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { heldOnIssue } from '../../domain/obligations/obligation-rules';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { requireRecording } from './obligation-access';
import { toObligationRecordViews } from './obligation-record-view';

export async function recordObligation(deps: Deps, ctx: RequestContext, id: string, input: RecordObligationRequest): Promise<ObligationRecordView> {
  return deps.db.transaction(async (tx) => {
    // The object's row is locked so a record cannot slip in beside an exit or a revocation.
    const { actor, application, period } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'obligation.record', isLocked: true });
    requireRecording(application);
    const issue = heldOnIssue(input.heldOn, deps.clock.today(), period.startsOn);
    if (issue) throw new AppError('VALIDATION_FAILED', issue.message, { issues: [issue] });
    const row = await obligationRecordsRepository.insert(tx, {
      applicationId: application.id,
      kind: input.kind,
      category: input.kind === 'sharing_activity' ? (input.category ?? null) : null,
      title: input.title,
      organiser: input.organiser,
      heldOn: input.heldOn,
      participants: input.participants ?? null,
      description: input.description,
      evidenceFileIds: [],
      recordedBy: actor.userId,
      recordedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, {
      action: 'obligation.recorded',
      objectType: 'obligation_record',
      objectId: row.id,
      after: { applicationId: application.id, kind: row.kind, category: row.category, title: row.title, organiser: row.organiser, heldOn: row.heldOn, participants: row.participants },
    });
    const [view] = await toObligationRecordViews(tx, [row]);
    if (!view) throw new Error('obligation record view missing');
    return view;
  });
}
