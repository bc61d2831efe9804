// F7 item 2 (三员分立; 等保2.0 三级 8.1.4.2 访问控制 “授予管理用户所需的最小权限，实现管理用户的权限分离”):
// an administrator role is the only role its account holds. Business roles may combine with each other (an
// official may also sit on an expert panel); an administrator may never hold a business role or a second
// administrator role. The database trigger in 0019_admin_separation.sql is the backstop.
import { ROLE_LABELS, isAdminRole, type Role } from '../shared/roles';

export interface HeldRole {
  role: Role;
  cityCode: string | null;
  organisationId: string | null;
}

export type RoleGrantRefusal = 'adminWithBusiness' | 'businessWithAdmin' | 'secondAdmin' | 'alreadyHeld';

export type RoleGrantDecision = { isAllowed: true } | { isAllowed: false; reason: RoleGrantRefusal; message: string };

function sameScope(a: HeldRole, b: HeldRole): boolean {
  return a.role === b.role && a.cityCode === b.cityCode && a.organisationId === b.organisationId;
}

/** Whether `requested` may be added to an account that holds `held` now, and if not, why (in Chinese). */
export function decideRoleGrant(held: readonly HeldRole[], requested: HeldRole): RoleGrantDecision {
  const label = ROLE_LABELS[requested.role];
  if (held.some((h) => sameScope(h, requested))) {
    return { isAllowed: false, reason: 'alreadyHeld', message: `该账号已有“${label}”角色（同一范围），无需重复授予` };
  }
  const heldAdmin = held.find((h) => isAdminRole(h.role));
  if (isAdminRole(requested.role)) {
    if (heldAdmin) {
      return {
        isAllowed: false,
        reason: 'secondAdmin',
        message: `三员分立：该账号已是“${ROLE_LABELS[heldAdmin.role]}”，不能再授予“${label}”，一个账号只能担任一种管理员角色`,
      };
    }
    if (held.length > 0) {
      return {
        isAllowed: false,
        reason: 'adminWithBusiness',
        message: `三员分立：该账号已有业务角色，不能再授予管理员角色“${label}”；管理员须使用单独的账号`,
      };
    }
    return { isAllowed: true };
  }
  if (heldAdmin) {
    return {
      isAllowed: false,
      reason: 'businessWithAdmin',
      message: `三员分立：该账号是“${ROLE_LABELS[heldAdmin.role]}”，不能再授予业务角色“${label}”；管理员不得查看或处理业务数据`,
    };
  }
  return { isAllowed: true };
}
