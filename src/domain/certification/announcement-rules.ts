// Art. 7(4): 公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定. One 认定公告 per 拟认定公示 (ADR 0015),
// after the window and once every objection to an entry still under 公示 is decided — the same conditions as the
// creation confirmation (src/domain/publicity/confirmation.ts), worded for certification.
import { confirmBlockedReason, type ConfirmableEntry } from '../publicity/confirmation';
import type { PlainDate } from '../shared/plain-date';

export function announcementBlockedReason(
  notice: { stage: string; endsOn: PlainDate },
  entries: readonly ConfirmableEntry[],
  today: PlainDate,
  announcedOn: PlainDate | null,
): string | null {
  if (notice.stage !== 'certification') return '该公示不是拟认定对象公示，不能据此发布认定公告。';
  if (announcedOn !== null) return `该公示的认定公告已于${announcedOn}发布，不能重复发布。`;
  if (today <= notice.endsOn) return `公示期至${notice.endsOn}（含当日）结束，期满后方可发文公告正式认定。`;
  if (!entries.some((e) => e.isUnderNotice)) return '公示名单中已没有待认定的对象。';
  return confirmBlockedReason(notice, entries, today);
}
