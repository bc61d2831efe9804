// What imports stored, read straight from the tables, so the import tests check where rows landed without going
// through the code under test.
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { serviceEvents, serviceRecords } from '../schema/index';

export async function listServiceRecordsOf(db: Db, applicationId: string) {
  return db
    .select({
      creditCode: serviceRecords.creditCode,
      divisionCode: serviceRecords.divisionCode,
      serviceItem: serviceRecords.serviceItem,
      serviceDate: serviceRecords.serviceDate,
      channel: serviceRecords.channel,
      satisfaction: serviceRecords.satisfaction,
      externalId: serviceRecords.externalId,
      importId: serviceRecords.importId,
    })
    .from(serviceRecords)
    .where(eq(serviceRecords.applicationId, applicationId))
    .orderBy(asc(serviceRecords.id));
}

export async function listServiceEventsOf(db: Db, applicationId: string) {
  return db
    .select({ eventDate: serviceEvents.eventDate, topic: serviceEvents.topic, participantCodes: serviceEvents.participantCodes, participantCount: serviceEvents.participantCount })
    .from(serviceEvents)
    .where(eq(serviceEvents.applicationId, applicationId))
    .orderBy(asc(serviceEvents.eventDate), asc(serviceEvents.topic));
}

export async function countServiceEventsOf(db: Db, applicationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(serviceEvents).where(eq(serviceEvents.applicationId, applicationId));
  return row?.n ?? 0;
}
