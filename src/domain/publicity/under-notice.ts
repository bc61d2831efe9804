// Art. 7(2)(4): only the 公示 an entry is under now may move it. An object can be listed on a second 拟认定公示 after
// an upheld objection sent it back to acceptance (ADR 0015); objections to, and the 认定公告 of, the earlier notice
// must then leave it alone. The notice is recorded in the facts when the 公示 opens (LifecycleFacts.publicityNoticeId).
import { currentNoticeOf, type LifecycleFacts } from '../lifecycle/context';
import type { ConfirmableEntry } from './confirmation';

export interface EntryApplication {
  state: string;
  facts: LifecycleFacts;
}

export interface NoticeIdentity {
  id: string;
  stage: string;
}

/** The entry is in the notice's 公示 state and under this very notice (not an earlier or later one). */
export function isUnderNotice(application: EntryApplication, notice: NoticeIdentity): boolean {
  return application.state === `${notice.stage}_publicity` && currentNoticeOf(application.facts) === notice.id;
}

/** An entry as the confirmation and announcement rules read it; a missing application is not under the notice. */
export function confirmableEntry(name: string, application: EntryApplication | undefined, notice: NoticeIdentity): ConfirmableEntry {
  if (!application || !isUnderNotice(application, notice)) return { name, isUnderNotice: false, unresolvedObjections: 0 };
  return { name, isUnderNotice: true, unresolvedObjections: application.facts.unresolvedObjections };
}
