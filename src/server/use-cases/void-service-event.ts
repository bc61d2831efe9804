// 作废活动 (F4 item 2(c)): the operator takes back an event (线下服务活动, 基地服务活动) entered by mistake, as for a
// service record (void-service-record.ts). The event stays (DESIGN §5: data are never deleted) and a void row with
// the reason makes it stop counting everywhere; a void cannot be undone.
import type { VoidedServiceEvent, VoidRequest } from '../../contracts/data-corrections';
import { serviceEventVoidsRepository } from '../../db/repositories/service-event-voids.repository';
import { AppError } from '../../domain/shared/app-error';
import { requireCollectingData } from '../creation-data/collection-context';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { markStandingStale, scheduleStandingRefresh } from './refresh-indicator-standing';
import { notFound } from './require-actor';

export async function voidServiceEvent(deps: Deps, ctx: RequestContext, id: string, eventId: string, input: VoidRequest): Promise<VoidedServiceEvent> {
  const voided = await deps.db.transaction(async (tx) => {
    const { actor, application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'creationData.write', isLocked: true });
    const event = await serviceEventVoidsRepository.findEvent(tx, application.id, eventId);
    if (!event) throw notFound();
    requireCollectingData(application);
    const isVoided = await serviceEventVoidsRepository.insert(tx, { eventId, applicationId: application.id, reason: input.reason, voidedBy: actor.userId, voidedAt: deps.clock.now() });
    if (!isVoided) {
      throw new AppError('STATE_CHANGED', '该活动已作废，不能重复作废', { details: { voidedAt: event.voidedAt?.toISOString() ?? null } });
    }
    await markStandingStale(tx, deps, application.id); // ADR 0021
    await appendAudit(tx, deps, ctx, {
      action: 'serviceEvent.voided',
      objectType: 'service_event',
      objectId: eventId,
      before: { isVoided: false },
      after: { applicationId: application.id, eventDate: event.eventDate, topic: event.topic, participantCount: event.participantCount, reason: input.reason },
    });
    const voided = await serviceEventVoidsRepository.findEvent(tx, application.id, eventId);
    if (!voided?.voidedAt || voided.voidReason === null) throw notFound();
    return {
      id: voided.id,
      eventDate: voided.eventDate,
      topic: voided.topic,
      voided: { reason: voided.voidReason, voidedAt: voided.voidedAt.toISOString(), voidedByName: voided.voidedByName },
    };
  });
  // After the commit (ADR 0021); a failure leaves the standing stale and never fails the void.
  scheduleStandingRefresh(deps, id);
  return voided;
}
