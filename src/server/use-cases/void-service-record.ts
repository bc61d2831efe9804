// 作废服务记录 (F4 item 2(c)): the operator takes back a service record entered by mistake. The record stays (DESIGN §5:
// data are never deleted) and a void row with the reason makes it stop counting; a void cannot be undone.
import type { ServiceRecordItem, VoidRequest } from '../../contracts/data-corrections';
import { serviceRecordVoidsRepository } from '../../db/repositories/service-record-voids.repository';
import { AppError } from '../../domain/shared/app-error';
import { requireCollectingData } from '../creation-data/collection-context';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { markStandingStale, scheduleStandingRefresh } from './refresh-indicator-standing';
import { notFound } from './require-actor';
import { toServiceRecordItem } from './service-record-view';

export async function voidServiceRecord(deps: Deps, ctx: RequestContext, id: string, recordId: number, input: VoidRequest): Promise<ServiceRecordItem> {
  const item = await deps.db.transaction(async (tx) => {
    const { actor, application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'creationData.write', isLocked: true });
    const record = await serviceRecordVoidsRepository.findRecord(tx, application.id, recordId);
    if (!record) throw notFound();
    requireCollectingData(application);
    const voidedAt = deps.clock.now();
    const isVoided = await serviceRecordVoidsRepository.insert(tx, { recordId, applicationId: application.id, reason: input.reason, voidedBy: actor.userId, voidedAt });
    if (!isVoided) {
      throw new AppError('STATE_CHANGED', '该服务记录已作废，不能重复作废', { details: { voidedAt: record.voidedAt?.toISOString() ?? null } });
    }
    await markStandingStale(tx, deps, application.id); // ADR 0021
    await appendAudit(tx, deps, ctx, {
      action: 'serviceRecord.voided',
      objectType: 'service_record',
      objectId: String(recordId),
      before: { isVoided: false },
      after: { applicationId: application.id, creditCode: record.creditCode, serviceDate: record.serviceDate, reason: input.reason },
    });
    const voided = await serviceRecordVoidsRepository.findRecord(tx, application.id, recordId);
    if (!voided) throw notFound();
    return toServiceRecordItem(voided);
  });
  // After the commit (ADR 0021); a failure leaves the standing stale and never fails the void.
  scheduleStandingRefresh(deps, id);
  return item;
}
