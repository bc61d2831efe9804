// 作废 of an Art. 14 record (ADR 0016): a wrong record is withdrawn with a reason, once, never deleted; it stays
// listed (struck through) and is no longer counted. The operator withdraws while the object takes records.
import type { ObligationRecordView, VoidObligationRequest } from '../../contracts/obligations';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { voidRefusal } from '../../domain/obligations/obligation-rules';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { getObligationRecord, requireRecording } from './obligation-access';
import { toObligationRecordViews } from './obligation-record-view';

function alreadyVoided(voidedAt: Date | null): AppError {
  const when = voidedAt ? `于${voidedAt.toISOString().slice(0, 10)}` : '';
  return new AppError('STATE_CHANGED', `该记录已${when}作废，不能再次作废`);
}

export async function voidObligation(deps: Deps, ctx: RequestContext, id: string, recordId: string, input: VoidObligationRequest): Promise<ObligationRecordView> {
  return deps.db.transaction(async (tx) => {
    const { actor, application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'obligation.record', isLocked: true });
    const record = await getObligationRecord(tx, application.id, recordId);
    requireRecording(application);
    if (voidRefusal(record)) throw alreadyVoided(record.voidedAt);
    // Guarded (voided_at still null): of two withdrawals at once, the second finds nothing to change.
    const row = await obligationRecordsRepository.void(tx, application.id, record.id, { voidReason: input.reason, voidedBy: actor.userId, voidedAt: deps.clock.now() });
    if (!row) throw alreadyVoided(null);
    await appendAudit(tx, deps, ctx, {
      action: 'obligation.voided',
      objectType: 'obligation_record',
      objectId: row.id,
      before: { voidedAt: null },
      after: { applicationId: application.id, voidReason: row.voidReason, voidedAt: row.voidedAt?.toISOString() ?? null },
    });
    const [view] = await toObligationRecordViews(tx, [row]);
    if (!view) throw new Error('obligation record view missing');
    return view;
  });
}
