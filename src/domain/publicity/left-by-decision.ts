// An entry can leave its 公示 by a decision that is not the 公示's own outcome: an Art. 12 cancellation during the
// 拟认定公示 (cancel_creation from certification_publicity) or, during the 创建对象公示, the province's finding that the
// applicant is not eligible (reject_by_province, Art. 5/7(2) — the Art. 12 grounds before a creation exists). Neither
// closes the 公示 (no publicity_closed effect), so the facts keep the notice the entry was under, and the state is
// final. Derived from the entry's state and facts alone: the objections table and the history stay as written.
import { currentNoticeOf } from '../lifecycle/context';
import type { EntryApplication, NoticeIdentity } from './under-notice';

/** The decision that took an entry off its notice, in the public's words (the stage decides which one applies). */
export const LEAVING_DECISIONS = {
  certification: { event: 'cancel_creation', state: 'creation_cancelled', label: '已取消创建资格（第十二条）' },
  creation: { event: 'reject_by_province', state: 'province_rejected', label: '不予确定为创建对象（公示期间发现不符合申报条件）' },
} as const satisfies Record<NoticeIdentity['stage'] & string, { event: string; state: string; label: string }>;

export type LeavingStage = keyof typeof LEAVING_DECISIONS;
export const isLeavingStage = (stage: string): stage is LeavingStage => stage in LEAVING_DECISIONS;

/**
 * The entry left this very notice's 公示 by such a decision: its objections no longer decide anything, so they stop
 * counting as work (reminders, escalation, 待办) — they can still be answered.
 */
export function leftNoticeByDecision(application: EntryApplication, notice: NoticeIdentity): boolean {
  if (!isLeavingStage(notice.stage)) return false;
  return application.state === LEAVING_DECISIONS[notice.stage].state && currentNoticeOf(application.facts) === notice.id;
}
