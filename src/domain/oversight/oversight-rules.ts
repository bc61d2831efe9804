// F8 (Art. 3, 13, 15, 16): the pure rules behind the oversight dashboards — which lifecycle states make up a funnel
// step, which states are creation objects and which certified, the labels, and the neutral orders (Art. 8: 不得以任何
// 形式排名 — lists go by division code, year, lifecycle order or indicator code, never by a count).
import { STANDING_CERTIFIED_STATES, STANDING_CREATION_STATES } from './standing';
import { STATES, type LifecycleState } from '../lifecycle/states';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS, type Carrier, type PlatformKind } from '../standards/types';

/**
 * An application counts at a step of its call's funnel when its history ever reached one of these states
 * (application_events.to_state), whatever happened afterwards: an object certified and later revoked still counts as
 * applied, recommended, shortlisted, creating and certified. Art. 7(1)–(4).
 */
// The step and kind names are those of src/contracts/oversight.ts (FUNNEL_STEPS, OVERDUE_KINDS); the domain may not import
// contracts, so the use cases index these records with the contract's types and the compiler checks the keys match.
export const FUNNEL_STEP_STATES = {
  applied: ['submitted'],
  recommended: ['recommended'],
  shortlisted: ['shortlisted'],
  creating: ['creating'],
  certified: ['certified'],
  // Art. 7(3) 退出创建活动 after a second failed acceptance, and Art. 12 取消创建资格.
  exited: ['exited', 'creation_cancelled'],
} as const satisfies Record<string, readonly LifecycleState[]>;
export type FunnelStepName = keyof typeof FUNNEL_STEP_STATES;

export const FUNNEL_STEP_LABELS: Readonly<Record<FunnelStepName, string>> = {
  applied: '申报',
  recommended: '地市推荐',
  shortlisted: '拟创建对象',
  creating: '创建对象',
  certified: '认定',
  exited: '退出或取消创建',
};

/** The funnel steps an application reached, from the to_state values of its history. */
export function funnelStepsReached(reachedStates: readonly string[]): FunnelStepName[] {
  return (Object.keys(FUNNEL_STEP_STATES) as FunnelStepName[]).filter((step) => FUNNEL_STEP_STATES[step].some((state: string) => reachedStates.includes(state)));
}

/** 创建期 objects: confirmed (Art. 7(2)) and not yet certified, exited or cancelled — the standings' own list. */
export const CREATING_STATES: readonly LifecycleState[] = STANDING_CREATION_STATES;
/** Certified platforms/bases still named (Art. 9–11): 已认定, 复核中, 整改中 — the standings' own list. */
export const CERTIFIED_STATES: readonly LifecycleState[] = STANDING_CERTIFIED_STATES;

export const OVERDUE_KIND_LABELS = {
  'city-review': '地市初审逾期',
  objections: '公示异议逾期未核实',
  'progress-report': '半年进展报告逾期未提交',
  'change-report': '重大变化逾期报告',
  're-review-report': '复核运行和服务情况报告逾期',
  're-review-assessment': '复核地市评估逾期',
} as const;
export type OverdueKindName = keyof typeof OVERDUE_KIND_LABELS;

/** The carrier bars in a fixed order: platforms by kind, then bases. */
export const CARRIER_BARS: readonly { carrier: Carrier; platformKind: PlatformKind | null; label: string }[] = [
  { carrier: 'platform', platformKind: 'comprehensive', label: PLATFORM_KIND_LABELS.comprehensive },
  { carrier: 'platform', platformKind: 'professional', label: PLATFORM_KIND_LABELS.professional },
  { carrier: 'platform', platformKind: null, label: `${CARRIER_LABELS.platform}（未填类型）` },
  { carrier: 'base', platformKind: null, label: CARRIER_LABELS.base },
];

/** Lifecycle order (STATES), for sorting states anywhere a state list is shown. */
export function stateOrder(state: string): number {
  const index = (STATES as readonly string[]).indexOf(state);
  return index === -1 ? STATES.length : index;
}
