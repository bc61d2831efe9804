// The one access policy (DESIGN §1). Deny by default: an action a role is not listed for is forbidden.
// Scoped roles see only their own objects; asking for anyone else's answers "hidden" (→ 404, not 403), so
// a city officer cannot even learn that another city's organisation exists.
import type { Role } from '../shared/roles';

export interface Actor {
  userId: string;
  role: Role;
  cityCode: string | null;
  organisationId: string | null;
}

/** How far a role reaches for an action. */
export type Reach = 'all' | 'ownCity' | 'ownOrganisation' | 'self';

export const ACTIONS = [
  'organisation.list',
  'organisation.read',
  'todo.list',
  'account.changePassword',
  'calendar.manage',
  'call.manage',
  'call.read',
  'application.apply',
  'application.read',
  'application.cityReview',
  'application.provinceReview',
  'expert.manage',
  'review.score',
  'notice.manage',
  'notice.read',
  'objection.handle',
  'notification.list',
  'creationData.read',
  'creationData.write',
  'progressReport.comment',
  'acceptance.submit',
  'acceptance.read',
  'acceptance.manage',
  'acceptance.judge',
  'certification.manage',
  'reReview.read',
  'reReview.report',
  'reReview.assess',
  'reReview.manage',
  'obligation.read',
  'obligation.record',
  'integrity.evidence.read',
  'nationalTier.manage',
  'organisation.editPublicContact',
  'account.manage',
  'role.manage',
  'audit.read',
  'oversight.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_ROLE_SELF = {
  applicant: 'self',
  city: 'self',
  province: 'self',
  expert: 'self',
  auditor: 'self',
  sysadmin: 'self',
  secadmin: 'self',
  auditadmin: 'self',
} as const satisfies Record<Role, Reach>;

// The three administrators are absent from every business action: they never read business data (三员分立).
export const PERMISSIONS: Record<Action, Partial<Record<Role, Reach>>> = {
  'organisation.list': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  'organisation.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  'todo.list': EVERY_ROLE_SELF,
  'account.changePassword': EVERY_ROLE_SELF,
  // DESIGN §3: the province keeps the holiday schedule (工作日/调休) that every 公示 deadline is computed from.
  'calendar.manage': { province: 'all' },
  // Art. 7(1): the province issues the annual call; drafts are its own until published.
  'call.manage': { province: 'all' },
  // A published call is public (it is also served without a session under /api/v1/calls).
  'call.read': { applicant: 'all', city: 'all', province: 'all', expert: 'all', auditor: 'all' },
  // Art. 7(1): the operating organisation fills in, submits, resubmits and withdraws its own applications.
  'application.apply': { applicant: 'ownOrganisation' },
  // Experts are absent on purpose: they reach a case only through an assignment they declared no conflict on.
  'application.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  // Art. 7(1): 地市初审 — only the city where the organisation is registered.
  'application.cityReview': { city: 'ownCity' },
  // Art. 7(2): formal check, expert review, shortlist and confirmation are the province's.
  'application.provinceReview': { province: 'all' },
  'expert.manage': { province: 'all' },
  'review.score': { expert: 'self' },
  // Art. 7(2)(4): 公示 and the handling of objections.
  'notice.manage': { province: 'all' },
  // The province's view of notices and objections (objector identities included) is also open to the auditor.
  'notice.read': { province: 'all', auditor: 'all' },
  'objection.handle': { province: 'all' },
  'notification.list': EVERY_ROLE_SELF,
  // Art. 13: creation-period data and indicators are seen by the operator, its city (which supervises it) and the
  // province; auditors read them too.
  'creationData.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  // Art. 6, 13: only the operating organisation reports its own data (files, push API keys, corrections, reports).
  'creationData.write': { applicant: 'ownOrganisation' },
  // Art. 13: the city follows its creation objects and comments on each half-year progress report.
  'progressReport.comment': { city: 'ownCity' },
  // Art. 7(3): the operator submits its summary and evidence for acceptance; the province organises and decides.
  'acceptance.submit': { applicant: 'ownOrganisation' },
  'acceptance.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  'acceptance.manage': { province: 'all' },
  // Experts reach an acceptance case only through an assignment they declared no conflict on (as review.score).
  'acceptance.judge': { expert: 'self' },
  // Art. 7(4): 拟认定公示 and 发文公告正式认定.
  'certification.manage': { province: 'all' },
  // Art. 10: the province, with the cities, re-reviews operation and services every 2 years (ADR 0016).
  'reReview.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  'reReview.report': { applicant: 'ownOrganisation' },
  'reReview.assess': { city: 'ownCity' },
  'reReview.manage': { province: 'all' },
  // Art. 14: the operator records its part in government service activities and its sharing activities.
  'obligation.read': { applicant: 'ownOrganisation', city: 'ownCity', province: 'all', auditor: 'all' },
  'obligation.record': { applicant: 'ownOrganisation' },
  // Art. 12 evidence (a verification report, a listing's page) may name third parties: the province and auditors only.
  'integrity.evidence.read': { province: 'all', auditor: 'all' },
  // Art. 9: the province marks national platforms and bases from MIIT's list (the audit log records each act).
  'nationalTier.manage': { province: 'all' },
  // 单位对外服务电话/网址 shown in the registry: the organisation's own applicant keeps them current.
  'organisation.editPublicContact': { applicant: 'ownOrganisation' },
  // F7 item 2 (三员分立, 等保2.0 三级 安全管理中心): each administrator does one thing and nothing else.
  // 系统管理员: accounts (create, disable, enable, reset a password) — never grants a role.
  'account.manage': { sysadmin: 'all' },
  // 安全保密管理员: roles and security policy (grant and withdraw roles, unlock, reset a second factor).
  'role.manage': { secadmin: 'all' },
  // 安全审计员: the operation log and the login log, and the audit chain's verification.
  'audit.read': { auditadmin: 'all' },
  // F8 (Art. 3, 15, 16): the province oversees every city; a city only its own (统计看板, exports, yearly report).
  'oversight.read': { city: 'ownCity', province: 'all' },
};

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden';

/** What an object has that scoping looks at. */
export interface ScopedObject {
  cityCode?: string | null;
  organisationId?: string | null;
}

export function reachOf(actor: Actor, action: Action): Reach | undefined {
  return PERMISSIONS[action][actor.role];
}

export function authorize(actor: Actor | null, action: Action, object?: ScopedObject): Decision {
  if (!actor) return 'unauthenticated';
  const reach = reachOf(actor, action);
  if (!reach) return 'forbidden';
  if (!object) return 'allow';
  switch (reach) {
    case 'all':
    case 'self':
      return 'allow';
    case 'ownCity':
      return actor.cityCode !== null && object.cityCode === actor.cityCode ? 'allow' : 'hidden';
    case 'ownOrganisation':
      return actor.organisationId !== null && object.organisationId === actor.organisationId ? 'allow' : 'hidden';
  }
}

/** Filter for list queries, or null when the actor may not list at all. */
export type ListScope = { kind: 'all' } | { kind: 'city'; cityCode: string } | { kind: 'organisation'; organisationId: string };

export function listScope(actor: Actor, action: Action): ListScope | null {
  const reach = reachOf(actor, action);
  switch (reach) {
    case 'all':
      return { kind: 'all' };
    case 'ownCity':
      return actor.cityCode ? { kind: 'city', cityCode: actor.cityCode } : null;
    case 'ownOrganisation':
      return actor.organisationId ? { kind: 'organisation', organisationId: actor.organisationId } : null;
    case 'self':
    case undefined:
      return null;
  }
}
