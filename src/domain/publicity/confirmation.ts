// Art. 7(2): 公示无异议或异议不属实的，确定为…创建对象. The province confirms a notice's entries once the window is
// over (the day after its last working day, DESIGN §3) and every objection to an entry still under 公示 has been
// decided. Decision: one confirmation for the whole notice, refused while any objection is open, so the entries
// of one notice enter their creation period on the same day.
import type { PlainDate } from '../shared/plain-date';

export interface ConfirmableEntry {
  name: string;
  /** Still in the notice's 公示 state and under this very notice (under-notice.ts). */
  isUnderNotice: boolean;
  /** Objections to this notice not yet decided; 0 when the entry is no longer under it. */
  unresolvedObjections: number;
}

export function confirmBlockedReason(notice: { stage: string; endsOn: PlainDate }, entries: readonly ConfirmableEntry[], today: PlainDate): string | null {
  if (today <= notice.endsOn) return `公示期至${notice.endsOn}（含当日）结束，期满后方可确定创建对象。`;
  const open = entries.filter((e) => e.isUnderNotice);
  if (open.length === 0) return '公示名单中已没有待确定的对象。';
  const contested = open.filter((e) => e.unresolvedObjections > 0);
  if (contested.length > 0) return `尚有异议未核实：${contested.map((e) => e.name).join('、')}。请先认定异议是否属实。`;
  return null;
}
