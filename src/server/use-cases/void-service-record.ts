// 作废服务记录 (F4 item 2(c)): the operator takes back a service record entered by mistake. The record stays (DESIGN §5:
// data are never deleted) and a void row with the reason makes it stop counting; a void cannot be undone.
import type { ServiceRecordItem, VoidServiceRecordRequest } from '../../contracts/data-corrections';
import { serviceRecordVoidsRepository } from '../../db/repositories/service-record-voids.repository';
import { isCollectingData } from '../../domain/creation-data/collection-states';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-access';
import { notFound } from './require-actor';
import { toServiceRecordItem } from './service-record-view';

export async function voidServiceRecord(deps: Deps, ctx: RequestContext, id: string, recordId: number, input: VoidServiceRecordRequest): Promise<ServiceRecordItem> {
  return deps.db.transaction(async (tx) => {
    const { actor, application } = await loadCreationObject(tx, ctx, id, 'creationData.write', true);
    const record = await serviceRecordVoidsRepository.findRecord(tx, application.id, recordId);
    if (!record) throw notFound();
    if (!isCollectingData(application.state)) throw new AppError('DATA_COLLECTION_CLOSED', '该创建对象当前不接收数据，服务记录不能作废');
    const voidedAt = deps.clock.now();
    const isVoided = await serviceRecordVoidsRepository.insert(tx, { recordId, applicationId: application.id, reason: input.reason, voidedBy: actor.userId, voidedAt });
    if (!isVoided) {
      throw new AppError('STATE_CHANGED', '该服务记录已作废，不能重复作废', { details: { voidedAt: record.voidedAt?.toISOString() ?? null } });
    }
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
}
