// 线下服务活动 storage: events are few (tens a year), so plain batched INSERTs; ON CONFLICT on
// (application_id, event_key) skips an event already stored, which is how a re-import counts each event once.
import type { Db } from '../client';
import { serviceEvents } from '../schema/index';

export type ServiceEventValues = Omit<typeof serviceEvents.$inferInsert, 'id'>;

export const serviceEventsRepository = {
  /** Inserts the events not stored yet; returns how many were new. */
  async insertNew(tx: Db, rows: readonly ServiceEventValues[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await tx.insert(serviceEvents).values([...rows]).onConflictDoNothing({ target: [serviceEvents.applicationId, serviceEvents.eventKey] }).returning({ id: serviceEvents.id });
    return inserted.length;
  },
};
