// 三员分立 (F7 item 2): requests and answers of the administrators' account and role screens. The server
// validates with these and the web forms reuse them, so both show the same Chinese message naming the field.
import { z } from 'zod';
import type { AccountStatus } from '../domain/accounts/account-status';
import type { HandoverKind } from '../domain/accounts/credential-handover';
import type { PermissionMatrix } from '../domain/accounts/permission-matrix';
import { CITY_CODES } from '../domain/divisions/divisions';
import { USERNAME_MESSAGE, USERNAME_PATTERN } from '../domain/shared/username';
import { ROLES, type Role } from '../domain/shared/roles';
import { zText, zUuid } from './fields';

export const zAccountParams = z.strictObject({ id: zUuid('账号编号') });
export const zAssignmentParams = z.strictObject({ id: zUuid('账号编号'), assignmentId: zUuid('授权编号') });

export const zAccountListQuery = z.strictObject({
  q: z.string({ error: '搜索词应为文字' }).trim().max(50, { message: '搜索词不能超过50个字' }).optional(),
});

export const zOrganisationSearchQuery = z.strictObject({
  q: z.string({ error: '单位名称应为文字' }).trim().max(50, { message: '单位名称不能超过50个字' }).optional(),
});

export const zCreateAccountRequest = z.strictObject({
  username: z
    .string({ error: '请填写用户名' })
    .trim()
    .regex(USERNAME_PATTERN, { message: USERNAME_MESSAGE }),
  displayName: zText('姓名', 1, 50),
});
export type CreateAccountRequest = z.infer<typeof zCreateAccountRequest>;

export const zGrantRoleRequest = z
  .strictObject({
    role: z.enum(ROLES, { error: '请选择角色' }),
    cityCode: z.enum(CITY_CODES, { error: '地市应为广东省21个地级以上市之一' }).optional(),
    organisationId: zUuid('申报单位').optional(),
  })
  .superRefine((value, ctx) => {
    // The scope follows the role (DESIGN §1): a city officer carries a city, an applicant its organisation.
    if (value.role === 'city' && !value.cityCode) ctx.addIssue({ code: 'custom', path: ['cityCode'], message: '地市角色须选择地市' });
    if (value.role !== 'city' && value.cityCode) ctx.addIssue({ code: 'custom', path: ['cityCode'], message: '只有地市角色需要选择地市' });
    if (value.role === 'applicant' && !value.organisationId) ctx.addIssue({ code: 'custom', path: ['organisationId'], message: '申报单位角色须选择申报单位' });
    if (value.role !== 'applicant' && value.organisationId) ctx.addIssue({ code: 'custom', path: ['organisationId'], message: '只有申报单位角色需要选择申报单位' });
  });
export type GrantRoleRequest = z.infer<typeof zGrantRoleRequest>;

export interface AccountRoleView {
  assignmentId: string;
  role: Role;
  roleLabel: string;
  cityCode: string | null;
  cityName: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

/** What an administrator sees about an account: never business data. */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  roles: AccountRoleView[];
  status: AccountStatus;
  statusLabel: string;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string;
  passwordAgeDays: number;
  mustChangePassword: boolean;
  hasSecondFactor: boolean;
}

export interface AccountList {
  accounts: AccountView[];
}

export const zCredentialHandoverParams = z.strictObject({ id: zUuid('待发放密码编号') });

/**
 * The system administrator's answer to a new account or a password reset (ADR 0020): only the first half of the
 * one-time password. The second half waits, sealed, for the security administrator; neither is shown again.
 */
export interface AccountWithFirstHalf {
  account: AccountView;
  firstHalf: string;
  explanation: string;
}

/** A second half waiting to be issued, as the security administrator sees it (never the half itself). */
export interface CredentialHandoverView {
  id: string;
  accountId: string;
  username: string;
  displayName: string;
  kind: HandoverKind;
  kindLabel: string;
  requestedAt: string;
  requestedByName: string | null;
  /** The security administrator's own account: shown, but it may not issue it. */
  isOwnAccount: boolean;
}

export interface CredentialHandoverList {
  handovers: CredentialHandoverView[];
}

/** The one answer that carries the second half; the server empties its sealed copy in the same transaction. */
export interface IssuedSecondHalf {
  handoverId: string;
  account: { id: string; username: string; displayName: string };
  secondHalf: string;
  explanation: string;
}

export interface OrganisationChoice {
  id: string;
  name: string;
  cityName: string | null;
}

export interface OrganisationChoices {
  organisations: OrganisationChoice[];
}

export type PermissionMatrixView = PermissionMatrix;
