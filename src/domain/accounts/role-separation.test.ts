import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, ROLES, isAdminRole, type Role } from '../shared/roles';
import { decideRoleGrant, type HeldRole } from './role-separation';

const BUSINESS_ROLES = ROLES.filter((r) => !isAdminRole(r));
const held = (role: Role, cityCode: string | null = null, organisationId: string | null = null): HeldRole => ({ role, cityCode, organisationId });
const scoped = (role: Role): HeldRole => held(role, role === 'city' ? '440100' : null, role === 'applicant' ? 'org-1' : null);

describe('role separation (三员分立)', () => {
  it.each(ROLES.map((r) => [r]))('an account with no role may be granted %s', (role) => {
    expect(decideRoleGrant([], scoped(role))).toEqual({ isAllowed: true });
  });

  const adminOnBusiness = ADMIN_ROLES.flatMap((admin) => BUSINESS_ROLES.map((business) => [business, admin] as const));
  it.each(adminOnBusiness)('holding %s, being granted %s is refused (adminWithBusiness)', (business, admin) => {
    const decision = decideRoleGrant([scoped(business)], scoped(admin));
    expect(decision).toMatchObject({ isAllowed: false, reason: 'adminWithBusiness' });
    if (!decision.isAllowed) expect(decision.message).toContain('三员分立');
  });

  it.each(adminOnBusiness.map(([business, admin]) => [admin, business] as const))(
    'holding %s, being granted %s is refused (businessWithAdmin)',
    (admin, business) => {
      expect(decideRoleGrant([scoped(admin)], scoped(business))).toMatchObject({ isAllowed: false, reason: 'businessWithAdmin' });
    },
  );

  const adminPairs = ADMIN_ROLES.flatMap((a) => ADMIN_ROLES.filter((b) => b !== a).map((b) => [a, b] as const));
  it.each(adminPairs)('holding %s, being granted %s is refused (secondAdmin)', (first, second) => {
    expect(decideRoleGrant([scoped(first)], scoped(second))).toMatchObject({ isAllowed: false, reason: 'secondAdmin' });
  });

  it.each(ADMIN_ROLES.map((r) => [r]))('the same administrator role twice is refused as already held (%s)', (role) => {
    expect(decideRoleGrant([held(role)], held(role))).toMatchObject({ isAllowed: false, reason: 'alreadyHeld' });
  });

  const businessPairs = BUSINESS_ROLES.flatMap((a) => BUSINESS_ROLES.filter((b) => b !== a).map((b) => [a, b] as const));
  it.each(businessPairs)('holding %s, being granted %s is allowed (business roles combine)', (first, second) => {
    expect(decideRoleGrant([scoped(first)], scoped(second))).toEqual({ isAllowed: true });
  });

  it('the same role in another scope is allowed; in the same scope it is already held', () => {
    expect(decideRoleGrant([held('city', '440100')], held('city', '440300'))).toEqual({ isAllowed: true });
    expect(decideRoleGrant([held('city', '440100')], held('city', '440100'))).toMatchObject({ isAllowed: false, reason: 'alreadyHeld' });
    expect(decideRoleGrant([held('applicant', null, 'a')], held('applicant', null, 'b'))).toEqual({ isAllowed: true });
  });

  it('an administrator among several business roles is still refused', () => {
    expect(decideRoleGrant([scoped('city'), scoped('expert')], scoped('auditadmin'))).toMatchObject({ reason: 'adminWithBusiness' });
  });
});
