// The public history of a programme entry (ADR 0017): every public lifecycle event of its application is shown once
// (application_event_id is unique), whenever it is projected — at the event, after the 认定公告 wrote the certificate
// number, after a retained rename was recorded, or by a rebuild of an existing database.
import type { Db } from '../../db/client';
import { applicationsRepository, type ApplicationEventRow, type ApplicationRow } from '../../db/repositories/applications.repository';
import { registryProjectionRepository, type RetainedChangeRow } from '../../db/repositories/registry-projection.repository';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import { isLifecycleEvent } from '../../domain/lifecycle/events';
import { isLifecycleState } from '../../domain/lifecycle/states';
import { isPublicHistoryEvent, registryHistoryOf } from '../../domain/registry/history';
import { shanghaiDateOf } from '../clock';

/** Appends the public history lines the entry of `application` lacks; true when any was added. The entry must exist. */
export async function appendRegistryHistory(tx: Db, application: ApplicationRow, certificateNumber: string | null): Promise<boolean> {
  const events = (await applicationsRepository.listEvents(tx, application.id)).filter((e) => isLifecycleEvent(e.event) && isPublicHistoryEvent(e.event));
  if (events.length === 0) return false;
  const shown = await registryProjectionRepository.listShownEventIds(tx, application.id);
  const missing = events.filter((e) => !shown.has(e.id));
  if (missing.length === 0) return false;
  const retainedChangeOf = await retainedChangesByEvent(tx, application.id, events);
  let isAdded = false;
  for (const event of missing) {
    if (!isLifecycleEvent(event.event) || !isLifecycleState(event.toState)) continue;
    const outcome = registryHistoryOf({
      event: event.event,
      toState: event.toState,
      reason: event.reason,
      isReasonPublic: event.isReasonPublic,
      certificateNumber: event.event === 'certify' ? certificateNumber : null,
      retainedChange: retainedChangeOf.get(event.id) ?? null,
    });
    if (outcome.status !== 'public') continue;
    const added = await registryWriteRepository.appendHistory(tx, {
      entryId: application.id,
      occurredOn: shanghaiDateOf(event.occurredAt),
      kind: outcome.line.kind,
      label: outcome.line.label,
      publicReason: outcome.line.publicReason,
      applicationEventId: event.id,
      // The moment of the act, not of the write: lines of one day keep their order (occurred_on, created_at), and a
      // rebuild writes what was maintained.
      createdAt: event.occurredAt,
    });
    if (added) isAdded = true;
  }
  return isAdded;
}

/**
 * Art. 11: each retain_after_change is the province's decision on one report, recorded on the report in the same
 * transaction, so the n-th retain event of an object decided its n-th retained report.
 */
async function retainedChangesByEvent(tx: Db, applicationId: string, events: readonly ApplicationEventRow[]): Promise<Map<string, RetainedChangeRow>> {
  const retainEvents = events.filter((e) => e.event === 'retain_after_change');
  const byEvent = new Map<string, RetainedChangeRow>();
  if (retainEvents.length === 0) return byEvent;
  const changes = await registryProjectionRepository.listRetainedChanges(tx, applicationId);
  retainEvents.forEach((event, index) => {
    const change = changes[index];
    if (change) byEvent.set(event.id, change);
  });
  return byEvent;
}
