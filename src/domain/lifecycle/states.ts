// The states of one platform/base application from draft to the end of its life (DESIGN §2). One record per
// application carries exactly one of these; the transition table (transitions.ts) is the only way to change it.

export const STATES = [
  // Application, Art. 7(1)(2)
  'draft',
  'submitted',
  'returned_for_revision',
  'city_rejected',
  'recommended',
  'province_rejected',
  'shortlisted',
  'creation_publicity',
  'withdrawn',
  // Creation, Art. 7(2)(3)(4)
  'creating',
  'acceptance_submitted',
  'acceptance_review',
  'certification_shortlisted',
  'certification_publicity',
  'exited',
  'creation_cancelled',
  // Certified, Arts. 9–12
  'certified',
  're_review',
  'rectifying',
  'revoked',
] as const;
export type LifecycleState = (typeof STATES)[number];

export const INITIAL_STATE: LifecycleState = 'draft';

/** Nothing leaves these: data are never deleted, a new attempt is a new application (DESIGN §5). */
export const TERMINAL_STATES = [
  'city_rejected',
  'province_rejected',
  'withdrawn',
  'exited',
  'creation_cancelled',
  'revoked',
] as const satisfies readonly LifecycleState[];

export type LifecyclePhase = 'application' | 'creation' | 'certified';

export const STATE_INFO: Record<LifecycleState, { label: string; phase: LifecyclePhase }> = {
  draft: { label: '草稿', phase: 'application' },
  submitted: { label: '已提交，待地市初审', phase: 'application' },
  returned_for_revision: { label: '退回修改', phase: 'application' },
  city_rejected: { label: '地市初审未推荐', phase: 'application' },
  recommended: { label: '地市已推荐，待省级审核', phase: 'application' },
  province_rejected: { label: '省级审核未通过或不予确定', phase: 'application' },
  shortlisted: { label: '拟创建对象', phase: 'application' },
  creation_publicity: { label: '拟创建对象公示中', phase: 'application' },
  withdrawn: { label: '已撤回或公示异议属实', phase: 'application' },
  creating: { label: '创建期', phase: 'creation' },
  acceptance_submitted: { label: '已申请验收', phase: 'creation' },
  acceptance_review: { label: '评估验收中', phase: 'creation' },
  certification_shortlisted: { label: '拟认定对象', phase: 'creation' },
  certification_publicity: { label: '拟认定公示中', phase: 'creation' },
  exited: { label: '已退出创建', phase: 'creation' },
  creation_cancelled: { label: '已取消创建资格', phase: 'creation' },
  certified: { label: '已认定', phase: 'certified' },
  re_review: { label: '复核中', phase: 'certified' },
  rectifying: { label: '整改期', phase: 'certified' },
  revoked: { label: '已撤销认定命名', phase: 'certified' },
};

export function isTerminalState(state: LifecycleState): boolean {
  return (TERMINAL_STATES as readonly LifecycleState[]).includes(state);
}

export function isLifecycleState(value: string): value is LifecycleState {
  return (STATES as readonly string[]).includes(value);
}

/** The Chinese label of a state as stored; an unknown value is shown as it is rather than hidden. */
export function stateLabel(state: string): string {
  return isLifecycleState(state) ? STATE_INFO[state].label : state;
}
