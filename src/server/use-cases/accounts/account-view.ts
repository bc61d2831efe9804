// F7 item 2: how an account looks to the administrators (account fields and role scopes only, never business data),
// and the loading and guards every account use case shares.
import { randomBytes } from 'node:crypto';
import type { AccountRoleView, AccountView } from '../../../contracts/accounts';
import type { Db } from '../../../db/client';
import { accountsRepository, type AccountRow, type AssignmentWithScope } from '../../../db/repositories/accounts.repository';
import { authorize, type Action, type Actor } from '../../../domain/access/policy';
import { ACCOUNT_STATUS_LABELS, accountStatusOf, passwordAgeDays } from '../../../domain/accounts/account-status';
import { INITIAL_PASSWORD_RANDOM_BYTES, initialPasswordFrom } from '../../../domain/accounts/initial-password';
import { divisionName } from '../../../domain/divisions/divisions';
import { AppError } from '../../../domain/shared/app-error';
import { ROLE_LABELS, isRole } from '../../../domain/shared/roles';
import type { RequestContext } from '../context';
import { requirePermission } from '../require-actor';

const ACCOUNT_NOT_FOUND = '未找到该账号';

function toRoleView(assignment: AssignmentWithScope): AccountRoleView {
  if (!isRole(assignment.role)) throw new AppError('INTERNAL', '账号角色配置有误');
  return {
    assignmentId: assignment.id,
    role: assignment.role,
    roleLabel: ROLE_LABELS[assignment.role],
    cityCode: assignment.cityCode,
    cityName: assignment.cityCode ? (divisionName(assignment.cityCode) ?? null) : null,
    organisationId: assignment.organisationId,
    organisationName: assignment.organisationName,
  };
}

export function toAccountView(account: AccountRow, assignments: AssignmentWithScope[], now: Date): AccountView {
  const status = accountStatusOf(account, now);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: assignments.map(toRoleView),
    status,
    statusLabel: ACCOUNT_STATUS_LABELS[status],
    lockedUntil: status === 'locked' && account.lockedUntil ? account.lockedUntil.toISOString() : null,
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    passwordChangedAt: account.passwordChangedAt.toISOString(),
    passwordAgeDays: passwordAgeDays(account.passwordChangedAt, now),
    mustChangePassword: account.mustChangePassword,
    hasSecondFactor: account.totpConfirmedAt !== null,
  };
}

/** The account, locked for this transaction; NOT_FOUND when there is none. */
export async function getAccountForUpdate(tx: Db, id: string): Promise<AccountRow> {
  const account = await accountsRepository.lockById(tx, id);
  if (!account) throw new AppError('NOT_FOUND', ACCOUNT_NOT_FOUND);
  return account;
}

export async function accountViewOf(tx: Db, id: string, now: Date): Promise<AccountView> {
  const account = await getAccountForUpdate(tx, id);
  return toAccountView(account, await accountsRepository.findAssignments(tx, id), now);
}

/** The account list is shared by the system and the security administrator (each needs it for its own job). */
export function requireAnyPermission(ctx: RequestContext, actions: readonly [Action, ...Action[]]): Actor {
  const allowed = actions.find((action) => authorize(ctx.actor, action) === 'allow');
  return requirePermission(ctx, allowed ?? actions[0]);
}

/** 等保2.0 三级 8.1.4.2: an administrator never widens or narrows its own account's rights. */
export function refuseOwnAccount(actor: Actor, accountId: string, message: string): void {
  if (actor.userId === accountId) throw new AppError('FORBIDDEN', message);
}

export function newOneTimePassword(): string {
  return initialPasswordFrom(randomBytes(INITIAL_PASSWORD_RANDOM_BYTES));
}
