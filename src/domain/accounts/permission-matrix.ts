// F7 item 2: the access policy rendered as data (action × role → reach) for the security administrator, so what
// is shown is exactly what is enforced (等保2.0 三级 8.1.5.3: 安全管理员对安全策略进行配置和查看).
import { ACTION_LABELS, REACH_LABELS } from '../access/action-labels';
import { ACTIONS, PERMISSIONS, type Action, type Reach } from '../access/policy';
import { ROLES, ROLE_LABELS, type Role } from '../shared/roles';

export interface PermissionMatrixRow {
  action: Action;
  label: string;
  reach: Partial<Record<Role, { reach: Reach; label: string }>>;
}

export interface PermissionMatrix {
  roles: { role: Role; label: string }[];
  rows: PermissionMatrixRow[];
}

export function permissionMatrix(): PermissionMatrix {
  return {
    roles: ROLES.map((role) => ({ role, label: ROLE_LABELS[role] })),
    rows: ACTIONS.map((action) => {
      const reach: PermissionMatrixRow['reach'] = {};
      for (const role of ROLES) {
        const r = PERMISSIONS[action][role];
        if (r) reach[role] = { reach: r, label: REACH_LABELS[r] };
      }
      return { action, label: ACTION_LABELS[action], reach };
    }),
  };
}
