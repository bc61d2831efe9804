// The events of a creation object as the correction form lists them (线下服务活动 of a platform, 基地服务活动 of a
// base — one table): newest first; an event carries no time of its own, so it shows its import's. Writing them is the import engine's (service-events writer).
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { dataImports, serviceEvents } from '../schema/index';
import type { Page, PageRequest } from './superseding-rows';

export type ServiceEventRecord = Omit<typeof serviceEvents.$inferSelect, 'eventKey'>;

export const serviceEventRowsRepository = {
  async listNewestFirst(db: Db, applicationId: string, page: PageRequest): Promise<Page<ServiceEventRecord & { recordedAt: Date }>> {
    const t = serviceEvents;
    const where = eq(t.applicationId, applicationId);
    const [items, [total]] = await Promise.all([
      db
        .select({
          id: t.id,
          applicationId: t.applicationId,
          importId: t.importId,
          externalId: t.externalId,
          eventDate: t.eventDate,
          topic: t.topic,
          participantCodes: t.participantCodes,
          participantCount: t.participantCount,
          recordedAt: dataImports.createdAt,
        })
        .from(t)
        .innerJoin(dataImports, eq(dataImports.id, t.importId))
        .where(where)
        .orderBy(desc(t.eventDate), desc(t.id))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(t).where(where),
    ]);
    return { total: total?.n ?? 0, items };
  },
};
