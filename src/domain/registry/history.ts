// The public history of a registry entry (状态变化记录, Art. 8; ADR 0017): which lifecycle events are public acts and
// how they read. Only the act, its day and a reason published with it (Arts. 10–12) — never who decided, a score or
// an internal opinion. Acts before the object is listed (application, review, 公示 of candidates) are not history of
// an entry: the 公示 and announcements publish those.
import type { LifecycleEvent } from '../lifecycle/events';
import type { LifecycleState } from '../lifecycle/states';

export const REGISTRY_HISTORY_KINDS = [
  'creation_confirmed',
  'creation_extended',
  'creation_exited',
  'creation_cancelled',
  'certified',
  're_review_passed',
  'rectification_started',
  'certification_revoked',
  'national_marked',
  'national_unmarked',
  'renamed',
] as const;
export type RegistryHistoryKind = (typeof REGISTRY_HISTORY_KINDS)[number];

/** One lifecycle event as the projection reads it, with what the event row itself does not hold. */
export interface RegistryHistorySource {
  event: LifecycleEvent;
  toState: LifecycleState;
  reason: string | null;
  isReasonPublic: boolean;
  /** certify: the number the 认定公告 gave; null until the announcement's certifications are written. */
  certificateNumber: string | null;
  /** retain_after_change: the change report it decided; null until the decision is recorded on the report. */
  retainedChange: { kind: string; formerName: string | null; newName: string | null } | null;
}

export interface RegistryHistoryLine {
  kind: RegistryHistoryKind;
  label: string;
  publicReason: string | null;
}

/** public: show it; not_public: never; waiting: public, but what it says is written later in the same transaction. */
export type RegistryHistoryOutcome = { status: 'public'; line: RegistryHistoryLine } | { status: 'not_public' } | { status: 'waiting' };

type Rule = (source: RegistryHistorySource) => { kind: RegistryHistoryKind; label: string } | 'not_public' | 'waiting';

const line = (kind: RegistryHistoryKind, label: string): Rule => () => ({ kind, label });

const RULES: Record<LifecycleEvent, Rule | null> = {
  // Before the object is a creation object it is an application, not an entry (Art. 7(1)(2)).
  submit: null,
  withdraw: null,
  return_for_revision: null,
  resubmit: null,
  reject_by_city: null,
  recommend: null,
  reject_by_province: null,
  shortlist: null,
  publish_creation_notice: null,
  uphold_creation_objection: null,
  // Art. 7(2): 确定为创建对象 — the day the entry starts.
  confirm_creation: line('creation_confirmed', '确定为创建对象，进入创建期'),
  // Steps inside the creation period: the entry's status detail says them while they last (status.ts).
  submit_acceptance: null,
  start_acceptance_review: null,
  pass_acceptance: null,
  publish_certification_notice: null,
  uphold_certification_objection: null,
  // Art. 7(3): the first failure extends the period by a year, the second ends the creation.
  fail_acceptance: ({ toState }) =>
    toState === 'exited' ? { kind: 'creation_exited', label: '延期后再次评估验收未通过，退出创建' } : { kind: 'creation_extended', label: '评估验收未通过，创建期延长1年' },
  // Art. 7(4): 发文公告正式认定, with the certificate number the announcement gave.
  certify: ({ certificateNumber }) => (certificateNumber ? { kind: 'certified', label: `发文公告正式认定，证书编号${certificateNumber}` } : 'waiting'),
  // Art. 10: the entry's detail says 复核中 while a re-review lasts; its outcome is the public act.
  start_re_review: null,
  pass_re_review: line('re_review_passed', '复核达标'),
  fail_re_review: ({ toState }) =>
    toState === 'revoked'
      ? { kind: 'certification_revoked', label: '连续两年未通过复核，撤销认定命名（第十条）' }
      : { kind: 'rectification_started', label: '复核不达标，给予1年整改期' },
  // Art. 9.
  mark_national: line('national_marked', '获工业和信息化部认定，标注为国家级示范平台（基地）'),
  unmark_national: line('national_unmarked', '取消国家级标注'),
  // Art. 11: reports and the city's proposals are the administration's work; only the province's decision is public,
  // and of a retained change only a rename changes what the registry shows.
  report_change: null,
  propose_retention: null,
  propose_revocation: null,
  retain_after_change: ({ retainedChange }) => {
    if (!retainedChange) return 'waiting';
    if (retainedChange.kind !== 'rename' || !retainedChange.newName) return 'not_public';
    const from = retainedChange.formerName ? `由“${retainedChange.formerName}”` : '';
    return { kind: 'renamed', label: `运营主体${from}更名为“${retainedChange.newName}”` };
  },
  revoke_after_change: ({ toState }) =>
    toState === 'creation_cancelled'
      ? { kind: 'creation_cancelled', label: '运营主体发生重大变化，取消创建资格（第十一条）' }
      : { kind: 'certification_revoked', label: '运营主体发生重大变化，撤销认定命名（第十一条）' },
  // Art. 12.
  cancel_creation: line('creation_cancelled', '取消创建资格（第十二条）'),
  revoke_certification: line('certification_revoked', '撤销认定命名（第十二条）'),
};

/** How one lifecycle event shows in the entry's public history. */
export function registryHistoryOf(source: RegistryHistorySource): RegistryHistoryOutcome {
  const rule = RULES[source.event];
  if (!rule) return { status: 'not_public' };
  const result = rule(source);
  if (result === 'not_public' || result === 'waiting') return { status: result };
  // DESIGN §5: a reason is public only when it was published with the act (publishReason).
  const publicReason = source.isReasonPublic && source.reason?.trim() ? source.reason.trim() : null;
  return { status: 'public', line: { ...result, publicReason } };
}

/** Events that can ever show (the others are never public), for the projection to skip loading context. */
export function isPublicHistoryEvent(event: LifecycleEvent): boolean {
  return RULES[event] !== null;
}
