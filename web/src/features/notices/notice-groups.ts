// Which 公示 are open and which have ended, for the public list (Art. 7(2)(4)): a 公示 ends with the last of its 5
// working days (objections are taken up to 24:00 of endsOn), so it is 已结束 from the next day on.
import type { PublicNoticeSummary } from '../../../../src/contracts/notices';

export interface NoticeGroups<T> {
  /** 公示中: its last day not yet past; newest first, as the server lists them. */
  open: T[];
  /** 已结束: still readable, with its outcome; newest first. */
  closed: T[];
}

/** `today` is a YYYY-MM-DD day in Asia/Shanghai. */
export function groupNotices<T extends Pick<PublicNoticeSummary, 'endsOn'>>(notices: readonly T[], today: string): NoticeGroups<T> {
  return { open: notices.filter((n) => today <= n.endsOn), closed: notices.filter((n) => today > n.endsOn) };
}
