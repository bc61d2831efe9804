// Shapes of a 认定公告 for the public and the province: who was certified, where, with which certificate number —
// never a score or a rank (Art. 8).
import type { AnnouncementEntryView, AnnouncementSummary, AnnouncementView } from '../../contracts/certification';
import type { AnnouncementEntry } from '../../db/schema/acceptance';
import type { AnnouncementRow } from '../../db/repositories/certification.repository';
import { toEntryView } from './notice-view';

export function toAnnouncementEntryView(entry: AnnouncementEntry): AnnouncementEntryView {
  const { outcome: _outcome, ...view } = toEntryView(entry);
  return { ...view, certificateNumber: entry.certificateNumber };
}

export function toAnnouncementSummary(row: AnnouncementRow): AnnouncementSummary {
  return { id: row.id, noticeId: row.noticeId, title: row.title, publishedOn: row.publishedOn, entryCount: row.entries.length };
}

export function toAnnouncementView(row: AnnouncementRow): AnnouncementView {
  return { ...toAnnouncementSummary(row), text: row.text, entries: row.entries.map(toAnnouncementEntryView), hasDocument: row.documentFileId !== null };
}
