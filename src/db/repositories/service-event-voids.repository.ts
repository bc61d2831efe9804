// Taking a service event (线下服务活动, 基地服务活动) back (作废): the event stays (DESIGN §5, append-only) and a void
// row with the reason says it no longer counts — in the indicator facts, the drill-downs and the data-quality hints.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { serviceEvents, serviceEventVoids, users } from '../schema/index';

export interface ServiceEventWithVoid {
  id: string;
  eventDate: string;
  topic: string;
  participantCount: number;
  voidReason: string | null;
  voidedAt: Date | null;
  voidedByName: string | null;
}

export interface EventVoid {
  eventId: string;
  reason: string;
  voidedAt: Date;
  voidedByName: string | null;
}

export const serviceEventVoidsRepository = {
  /** An event of this creation object, with its void if any; undefined for another object's event. */
  async findEvent(db: Db, applicationId: string, eventId: string): Promise<ServiceEventWithVoid | undefined> {
    const [row] = await db
      .select({
        id: serviceEvents.id,
        eventDate: serviceEvents.eventDate,
        topic: serviceEvents.topic,
        participantCount: serviceEvents.participantCount,
        voidReason: serviceEventVoids.reason,
        voidedAt: serviceEventVoids.voidedAt,
        voidedByName: users.displayName,
      })
      .from(serviceEvents)
      .leftJoin(serviceEventVoids, eq(serviceEventVoids.eventId, serviceEvents.id))
      .leftJoin(users, eq(users.id, serviceEventVoids.voidedBy))
      .where(and(eq(serviceEvents.id, eventId), eq(serviceEvents.applicationId, applicationId)));
    return row;
  },

  /** The voids of some events of this creation object (a page of the correction list). */
  async findVoids(db: Db, applicationId: string, eventIds: readonly string[]): Promise<EventVoid[]> {
    if (eventIds.length === 0) return [];
    return db
      .select({ eventId: serviceEventVoids.eventId, reason: serviceEventVoids.reason, voidedAt: serviceEventVoids.voidedAt, voidedByName: users.displayName })
      .from(serviceEventVoids)
      .leftJoin(users, eq(users.id, serviceEventVoids.voidedBy))
      .where(and(eq(serviceEventVoids.applicationId, applicationId), inArray(serviceEventVoids.eventId, [...eventIds])));
  },

  /** False when the event was already voided (the primary key on event_id keeps one void per event). */
  async insert(db: Db, values: typeof serviceEventVoids.$inferInsert): Promise<boolean> {
    const inserted = await db.insert(serviceEventVoids).values(values).onConflictDoNothing({ target: serviceEventVoids.eventId }).returning({ eventId: serviceEventVoids.eventId });
    return inserted.length > 0;
  },
};
