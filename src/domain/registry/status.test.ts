// Which public status every lifecycle state has in the registry (F6 item 1; ADR 0017): one row per value of STATES,
// so a state added to the lifecycle without a decision here fails.
import { describe, expect, it } from 'vitest';
import { STATES, type LifecycleState } from '../lifecycle/states';
import { isCurrentRegistryStatus, registryStatusOf, type RegistryStatusOf } from './status';

const EXPECTED: Record<LifecycleState, RegistryStatusOf | null> = {
  // Art. 7(1)(2): applications, not entries — including those that ended before creation.
  draft: null,
  submitted: null,
  returned_for_revision: null,
  city_rejected: null,
  recommended: null,
  province_rejected: null,
  shortlisted: null,
  creation_publicity: null,
  withdrawn: null,
  // Art. 7(2)–(4): listed from the confirmation on.
  creating: { status: 'creating', detail: null },
  acceptance_submitted: { status: 'creating', detail: '已申请评估验收' },
  acceptance_review: { status: 'creating', detail: '评估验收中' },
  certification_shortlisted: { status: 'creating', detail: '拟认定' },
  certification_publicity: { status: 'creating', detail: '拟认定公示中' },
  exited: { status: 'exited', detail: '验收未通过，退出创建' },
  creation_cancelled: { status: 'exited', detail: '已取消创建资格' },
  certified: { status: 'certified', detail: null },
  re_review: { status: 'certified', detail: '复核中' },
  rectifying: { status: 'rectifying', detail: null },
  revoked: { status: 'revoked', detail: '已撤销认定命名' },
};

describe('registryStatusOf', () => {
  it('has a decision for every state of the lifecycle, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...STATES].sort());
  });

  it.each(STATES.map((state) => [state, EXPECTED[state]] as const))('%s → %j', (state, expected) => {
    expect(registryStatusOf(state)).toEqual(expected);
  });

  it.each([
    ['creating', true],
    ['certified', true],
    ['rectifying', true],
    ['revoked', false],
    ['exited', false],
  ] as const)('%s is in the current list: %s', (status, expected) => {
    expect(isCurrentRegistryStatus(status)).toBe(expected);
  });
});
