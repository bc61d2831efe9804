// The roles of DESIGN §1. Business roles act on the programme; the three administrators (三员分立) run the
// system and never read business data.
export const ROLES = ['applicant', 'city', 'province', 'expert', 'auditor', 'sysadmin', 'secadmin', 'auditadmin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: '申报单位（运营主体）',
  city: '地市中小企业主管部门',
  province: '省工业和信息化厅',
  expert: '评审专家',
  auditor: '纪检监察与审计',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditadmin: '安全审计员',
};

export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditadmin'] as const satisfies readonly Role[];

export function isAdminRole(role: Role): boolean {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

// F7 item 3: every role but the applying organisation works in the back office and proves a TOTP code at login
// (等保2.0 三级: two or more authentication techniques for administrators and officials).
export function isBackOfficeRole(role: Role): boolean {
  return role !== 'applicant';
}
