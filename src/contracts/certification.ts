// 公示认定 (Art. 7(4), ADR 0015): the 拟认定公示 the province publishes, the 认定公告 with certificate numbers, and
// what the public reads of them — never a score (Art. 8).
import { z } from 'zod';
import { ANNOUNCEMENTS_MAX_PAGE_SIZE } from '../domain/publicity/notice-terms';
import type { NoticeAdminSummary, NoticeEntryView } from './notices';
import { zText, zUuid } from './fields';

export const zPublishCertificationNotice = z
  .strictObject({
    title: zText('公示标题', 1, 200).optional(),
    text: zText('公示正文', 1, 5000).optional(),
  })
  .optional();
export type PublishCertificationNoticeRequest = z.infer<typeof zPublishCertificationNotice>;

export const zPublishAnnouncement = z
  .strictObject({
    title: zText('公告标题', 1, 200).optional(),
    text: zText('公告正文', 1, 5000).optional(),
  })
  .optional();
export type PublishAnnouncementRequest = z.infer<typeof zPublishAnnouncement>;

export const zAnnouncementIdParams = z.strictObject({ id: zUuid('公告编号') });

export { ANNOUNCEMENTS_MAX_PAGE_SIZE } from '../domain/publicity/notice-terms';
export const zAnnouncementListQuery = z.strictObject({
  page: z.coerce.number({ error: '页码应为数字' }).int({ message: '页码应为整数' }).min(1, { message: '页码最小为1' }).max(100_000, { message: '页码过大' }).default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ message: '每页条数应为整数' })
    .min(1, { message: '每页条数最小为1' })
    .max(ANNOUNCEMENTS_MAX_PAGE_SIZE, { message: `每页条数最大为${ANNOUNCEMENTS_MAX_PAGE_SIZE}` })
    .default(20),
});
export type AnnouncementListQuery = z.infer<typeof zAnnouncementListQuery>;

/** What a 拟认定公示 would list and its window if published now; the default title and text are shown for editing. */
export interface CertificationNoticePreview {
  title: string;
  text: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  handlingDueOn: string;
  entries: NoticeEntryView[];
}

/** One certified platform (base) as the announcement prints it. */
export interface AnnouncementEntryView extends Omit<NoticeEntryView, 'outcome'> {
  certificateNumber: string;
}

export interface AnnouncementSummary {
  id: string;
  noticeId: string;
  title: string;
  publishedOn: string;
  entryCount: number;
}

export interface AnnouncementView extends AnnouncementSummary {
  text: string;
  entries: AnnouncementEntryView[];
  hasDocument: boolean;
}

export interface AnnouncementPage {
  items: AnnouncementSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** A 拟认定公示 on the province's page: its window, objections and whether the 认定公告 may follow. */
export interface CertificationNoticeRow extends NoticeAdminSummary {
  /** Entries still under 公示 (not yet certified, not withdrawn by an upheld objection). */
  pendingCount: number;
  announcement: AnnouncementSummary | null;
  /** Why the 认定公告 cannot be published now; null when it can. */
  announceBlockedReason: string | null;
}

/** 认定管理 (province; the auditor reads). */
export interface CertificationOverview {
  /** Every 拟认定对象 (certification_shortlisted), in neutral order. */
  shortlisted: (NoticeEntryView & { applicationNumber: string })[];
  notices: CertificationNoticeRow[];
  announcements: AnnouncementSummary[];
}
