// 认定管理 (Art. 7(4)): the 拟认定对象 waiting for a 公示, every 拟认定公示 with its objections and whether its
// 认定公告 may be published, and the announcements. The province acts on it; the auditor reads it (notice.read).
import type { CertificationNoticeRow, CertificationOverview } from '../../contracts/certification';
import { certificationRepository } from '../../db/repositories/certification.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { announcementBlockedReason } from '../../domain/certification/announcement-rules';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import { confirmableEntry } from '../../domain/publicity/under-notice';
import { toAnnouncementSummary } from './announcement-view';
import type { Deps, RequestContext } from './context';
import { toAdminSummary, toEntryView } from './notice-view';
import { listShortlistedEntries } from './plan-certification-notice';
import { requirePermission } from './require-actor';

export async function getCertificationOverview(deps: Deps, ctx: RequestContext): Promise<CertificationOverview> {
  requirePermission(ctx, 'notice.read');
  const today = deps.clock.today();
  const shortlisted = (await listShortlistedEntries(deps.db)).map(({ entry }) => ({ ...toEntryView(entry), applicationNumber: entry.applicationNumber }));
  const notices = (await noticesRepository.listNotices(deps.db)).filter(({ notice }) => notice.stage === 'certification');
  const announcements = await certificationRepository.listAnnouncementsOfNotices(deps.db, notices.map(({ notice }) => notice.id));
  const announcementOf = new Map(announcements.map((a) => [a.noticeId, a]));
  const rows: CertificationNoticeRow[] = [];
  for (const { notice, ...counts } of notices) {
    const states = new Map((await noticesRepository.listEntryApplications(deps.db, notice.entries.map((e) => e.applicationId))).map((a) => [a.id, a]));
    const entries = notice.entries.map((entry) => {
      const application = states.get(entry.applicationId);
      return confirmableEntry(entry.name, application ? { state: application.state, facts: application.facts as LifecycleFacts } : undefined, notice);
    });
    const announcement = announcementOf.get(notice.id);
    rows.push({
      ...toAdminSummary(notice, counts, today),
      pendingCount: entries.filter((e) => e.isUnderNotice).length,
      announcement: announcement ? toAnnouncementSummary(announcement) : null,
      announceBlockedReason: announcementBlockedReason(notice, entries, today, announcement?.publishedOn ?? null),
    });
  }
  return {
    shortlisted,
    notices: rows,
    announcements: [...announcements].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1)).map(toAnnouncementSummary),
  };
}
