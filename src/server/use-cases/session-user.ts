import type { SecondFactorState, SessionUser } from '../../contracts/auth';
import type { Db } from '../../db/client';
import type { RoleAssignmentRow, UserRow } from '../../db/repositories/users.repository';
import { divisionName } from '../../domain/divisions/divisions';
import { ROLE_LABELS, isRole } from '../../domain/shared/roles';
import type { Actor } from '../../domain/access/policy';
import { AppError } from '../../domain/shared/app-error';
import { passwordChangeReasonOf } from '../../domain/shared/password-policy';

export function toActor(assignment: RoleAssignmentRow): Actor {
  if (!isRole(assignment.role)) throw new AppError('INTERNAL', '账号角色配置有误，请联系系统管理员');
  return {
    userId: assignment.userId,
    role: assignment.role,
    cityCode: assignment.cityCode,
    organisationId: assignment.organisationId,
  };
}

/** A session still waiting for its TOTP code asks for enrolment until the user has confirmed an authenticator. */
export function secondFactorStateOf(user: Pick<UserRow, 'totpConfirmedAt'>, isSecondFactorPending: boolean): SecondFactorState {
  if (!isSecondFactorPending) return 'done';
  return user.totpConfirmedAt ? 'verify' : 'enrol';
}

/**
 * `passwordAge.now` decides whether the password has expired (when expiry is enforced) (F7 item 3; 等保2.0 三级 8.1.4.1 a: 90 days): an expired password,
 * like an initial one, leaves the session nothing to do but change it (mustChangePassword, with the reason).
 */
export function toSessionUser(
  user: UserRow,
  assignment: RoleAssignmentRow,
  organisationName: string | null,
  isSecondFactorPending: boolean,
  passwordAge: { now: Date; isExpiryEnforced: boolean },
): SessionUser {
  const actor = toActor(assignment);
  const passwordChangeReason = passwordChangeReasonOf(user, passwordAge.now, passwordAge.isExpiryEnforced);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    cityCode: actor.cityCode,
    cityName: actor.cityCode ? (divisionName(actor.cityCode) ?? null) : null,
    organisationId: actor.organisationId,
    organisationName,
    mustChangePassword: passwordChangeReason !== null,
    passwordChangeReason,
    secondFactor: secondFactorStateOf(user, isSecondFactorPending),
  };
}

export type { Db };
