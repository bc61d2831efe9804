import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../shared/roles';
import { ACTIONS, authorize, listScope, PERMISSIONS, type Actor } from './policy';

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  role,
  cityCode: role === 'city' ? '440300' : null,
  organisationId: role === 'applicant' ? 'org-1' : null,
  ...overrides,
});

describe('access policy', () => {
  it('denies everything to nobody', () => {
    for (const action of ACTIONS) expect(authorize(null, action)).toBe('unauthenticated');
  });

  it('keeps the three administrators out of business data', () => {
    for (const role of ['sysadmin', 'secadmin', 'auditadmin'] as const) {
      expect(authorize(actor(role), 'organisation.list')).toBe('forbidden');
      expect(authorize(actor(role), 'organisation.read', { cityCode: '440300' })).toBe('forbidden');
    }
  });

  // F7 item 2 (三员分立): each administrator holds one administrative action; no business action lists any of them.
  it.each([
    ['sysadmin', 'account.manage'],
    ['secadmin', 'role.manage'],
    ['auditadmin', 'audit.read'],
  ] as const)('%s alone may %s, and does nothing else but its own account', (role, own) => {
    expect(Object.keys(PERMISSIONS[own])).toEqual([role]);
    const reached = ACTIONS.filter((action) => PERMISSIONS[action][role] !== undefined && PERMISSIONS[action][role] !== 'self');
    expect(reached).toEqual([own]);
  });

  it('denies by default: a role not listed for an action is forbidden', () => {
    expect(PERMISSIONS['organisation.read'].expert).toBeUndefined();
    expect(authorize(actor('expert'), 'organisation.read', { cityCode: '440300' })).toBe('forbidden');
  });

  it.each([
    ['city', { cityCode: '440300' }, 'allow'],
    ['city', { cityCode: '440100' }, 'hidden'],
    ['city', { cityCode: null }, 'hidden'],
    ['applicant', { organisationId: 'org-1' }, 'allow'],
    ['applicant', { organisationId: 'org-2' }, 'hidden'],
    ['province', { cityCode: '440100' }, 'allow'],
    ['auditor', { cityCode: '440100' }, 'allow'],
  ] as const)('%s reading %j → %s', (role, object, decision) => {
    expect(authorize(actor(role), 'organisation.read', object)).toBe(decision);
  });

  it('hides everything from a city officer whose assignment lacks a city', () => {
    expect(authorize(actor('city', { cityCode: null }), 'organisation.read', { cityCode: '440300' })).toBe('hidden');
    expect(listScope(actor('city', { cityCode: null }), 'organisation.list')).toBeNull();
  });

  it.each([
    ['city', { kind: 'city', cityCode: '440300' }],
    ['applicant', { kind: 'organisation', organisationId: 'org-1' }],
    ['province', { kind: 'all' }],
    ['auditor', { kind: 'all' }],
    ['expert', null],
    ['sysadmin', null],
  ] as const)('%s lists organisations with scope %j', (role, scope) => {
    expect(listScope(actor(role), 'organisation.list')).toEqual(scope);
  });

  it('lets every role see its own 待办 and change its own password', () => {
    for (const role of ROLES) {
      expect(authorize(actor(role), 'todo.list')).toBe('allow');
      expect(authorize(actor(role), 'account.changePassword')).toBe('allow');
    }
  });

  it.each(ROLES.map((role) => [role, role === 'province' ? 'allow' : 'forbidden'] as const))('%s managing the holiday calendar → %s', (role, decision) => {
    expect(authorize(actor(role), 'calendar.manage')).toBe(decision);
  });
});
