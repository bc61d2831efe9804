// Which public status an object of this programme has in the registry (F6 item 1, Art. 8; ADR 0017). Objects are
// listed from the day they become creation objects (Art. 7(2)); before that they are applications, not entries.
import type { LifecycleState } from '../lifecycle/states';
import type { RegistryStatus } from './filters';

export interface RegistryStatusOf {
  status: RegistryStatus;
  /** A finer public word where the five statuses say too little. */
  detail: string | null;
}

const LISTED: Partial<Record<LifecycleState, RegistryStatusOf>> = {
  creating: { status: 'creating', detail: null },
  acceptance_submitted: { status: 'creating', detail: '已申请评估验收' },
  acceptance_review: { status: 'creating', detail: '评估验收中' },
  certification_shortlisted: { status: 'creating', detail: '拟认定' },
  certification_publicity: { status: 'creating', detail: '拟认定公示中' },
  certified: { status: 'certified', detail: null },
  // A platform under re-review stays certified until the province decides (Art. 10).
  re_review: { status: 'certified', detail: '复核中' },
  rectifying: { status: 'rectifying', detail: null },
  revoked: { status: 'revoked', detail: '已撤销认定命名' },
  exited: { status: 'exited', detail: '验收未通过，退出创建' },
  // Art. 11 or 12 cancels a creation: the object leaves the programme without ever having been certified, so 已退出
  // (已撤销 would say a certification was taken back). The history line names the article. ADR 0017.
  creation_cancelled: { status: 'exited', detail: '已取消创建资格' },
};

/** null: not (yet, or ever) in the registry — drafts, applications under review, rejections, withdrawals. */
export function registryStatusOf(state: LifecycleState): RegistryStatusOf | null {
  return LISTED[state] ?? null;
}

/** The current list leaves out what was revoked or exited; their pages and history stay (F5, DESIGN §5). */
export function isCurrentRegistryStatus(status: RegistryStatus): boolean {
  return status !== 'revoked' && status !== 'exited';
}
