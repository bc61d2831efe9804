// 认定公告 (certification_announcements) and 认定 (certifications), both append-only (migration 0014) — Art. 7(4).
import { count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { certificationAnnouncements, certifications } from '../schema/index';

export type AnnouncementRow = typeof certificationAnnouncements.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;

export const certificationRepository = {
  async insertAnnouncement(db: Db, values: typeof certificationAnnouncements.$inferInsert): Promise<AnnouncementRow> {
    const [row] = await db.insert(certificationAnnouncements).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async insertCertifications(db: Db, values: (typeof certifications.$inferInsert)[]): Promise<void> {
    if (values.length > 0) await db.insert(certifications).values(values);
  },

  /** The certificate of a certified platform/base, undefined before certification. */
  async findCertificationOf(db: Db, applicationId: string): Promise<{ certificateNumber: string; certifiedOn: string; announcementId: string } | undefined> {
    const [row] = await db
      .select({ certificateNumber: certifications.certificateNumber, certifiedOn: certifications.certifiedOn, announcementId: certifications.announcementId })
      .from(certifications)
      .where(eq(certifications.applicationId, applicationId));
    return row;
  },

  async findAnnouncement(db: Db, id: string): Promise<AnnouncementRow | undefined> {
    const [row] = await db.select().from(certificationAnnouncements).where(eq(certificationAnnouncements.id, id));
    return row;
  },

  async findAnnouncementOfNotice(db: Db, noticeId: string): Promise<AnnouncementRow | undefined> {
    const [row] = await db.select().from(certificationAnnouncements).where(eq(certificationAnnouncements.noticeId, noticeId));
    return row;
  },

  async listAnnouncementsOfNotices(db: Db, noticeIds: readonly string[]): Promise<AnnouncementRow[]> {
    if (noticeIds.length === 0) return [];
    return db.select().from(certificationAnnouncements).where(inArray(certificationAnnouncements.noticeId, [...noticeIds]));
  },

  /** Newest first (the publication moment, then the id, so a page boundary never moves). */
  async listAnnouncements(db: Db, page: { offset: number; limit: number }): Promise<{ rows: AnnouncementRow[]; total: number }> {
    const rows = await db
      .select()
      .from(certificationAnnouncements)
      .orderBy(desc(certificationAnnouncements.publishedAt), desc(certificationAnnouncements.id))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(certificationAnnouncements);
    return { rows, total: total?.n ?? 0 };
  },

  /**
   * The highest certificate sequence of each carrier in the year (0 when none). The advisory lock serialises
   * announcements of one year until the transaction ends; the unique index on (carrier, year, sequence) is the
   * backstop.
   */
  async lastSequencesForUpdate(db: Db, year: number): Promise<{ platform: number; base: number }> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`certificate-number:${year}`}))`);
    const rows = await db
      .select({ carrier: certifications.carrier, last: sql<number>`max(${certifications.sequence})::int` })
      .from(certifications)
      .where(eq(certifications.year, year))
      .groupBy(certifications.carrier);
    const last = { platform: 0, base: 0 };
    for (const row of rows) if (row.carrier === 'platform' || row.carrier === 'base') last[row.carrier] = row.last;
    return last;
  },
};
