import type { ChangePasswordRequest } from '../../contracts/auth';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { usersRepository, type UserRow } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { findNewPasswordProblem } from '../../domain/shared/common-passwords';
import { claimedAttemptOutcome, isLockingFailure, LOCKOUT_MS } from '../../domain/shared/login-lockout';
import { accountLockedError } from './account-lock';
import { PASSWORD_HISTORY_DEPTH, PASSWORD_MESSAGES, passwordChangeReasonOf, type PasswordContext } from '../../domain/shared/password-policy';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

// F7 item 3; 等保2.0 三级 8.1.4.1 a (口令复杂度, 定期更换); OWASP ASVS 4.0 V2.1 and V3.3.3: the new password must pass
// every rule (composition, not the account's own words, not a common password, none of the last 5), and changing
// it ends the user's other sessions.
export async function changePassword(deps: Deps, ctx: RequestContext, input: ChangePasswordRequest): Promise<void> {
  const actor = requirePermission(ctx, 'account.changePassword');
  const user = await usersRepository.findById(deps.db, actor.userId);
  if (!user) throw notFound();
  await checkCurrentPassword(deps, ctx, user, input.currentPassword);
  const problem = findNewPasswordProblem(input.newPassword, await passwordContextOf(deps, user, actor.organisationId));
  if (problem) refuseNewPassword(PASSWORD_MESSAGES[problem]);
  if (input.newPassword === input.currentPassword) refuseNewPassword('新密码不能与当前密码相同');
  if (await isRecentlyUsed(deps, user, input.newPassword)) refuseNewPassword(PASSWORD_MESSAGES.reused);

  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await usersRepository.setPassword(tx, user.id, passwordHash, now);
    await usersRepository.setLoginFailures(tx, user.id, { failedLoginCount: 0, lockedUntil: null });
    if (ctx.sessionTokenHash) await sessionsRepository.deleteOthers(tx, user.id, ctx.sessionTokenHash);
    await appendAudit(tx, deps, ctx, {
      action: 'auth.password_changed',
      objectType: 'user',
      objectId: user.id,
      after: { username: user.username, reason: passwordChangeReasonOf(user, now, deps.security.isPasswordExpiryEnforced) ?? 'voluntary' },
    });
  });
}

/**
 * The current password is a login secret too (review finding): a wrong one counts towards the same 5-failure lock as
 * a wrong login, counted before the check like a login (claimLoginAttempt), and is audited. At the lock the session
 * ends with the account locked.
 */
async function checkCurrentPassword(deps: Deps, ctx: RequestContext, user: UserRow, currentPassword: string): Promise<void> {
  const now = deps.clock.now();
  const claimed = await usersRepository.claimLoginAttempt(deps.db, user.id, now);
  const isRight = claimed !== null && claimedAttemptOutcome(claimed) === 'check' && (await verifyPassword(user.passwordHash, currentPassword));
  if (isRight) return;
  const lockedUntil =
    claimed === null
      ? ((await usersRepository.findById(deps.db, user.id))?.lockedUntil ?? now)
      : isLockingFailure(claimed)
        ? new Date(now.getTime() + LOCKOUT_MS)
        : null;
  await deps.db.transaction(async (tx) => {
    if (lockedUntil && claimed !== null) await usersRepository.setLoginFailures(tx, user.id, { failedLoginCount: 0, lockedUntil });
    if (lockedUntil) await sessionsRepository.deleteAllOf(tx, user.id);
    await appendAudit(tx, deps, ctx, {
      action: 'auth.password_change_failed',
      objectType: 'user',
      objectId: user.id,
      after: { username: user.username, reason: 'wrong_current_password', isLocked: lockedUntil !== null },
    });
  });
  if (lockedUntil) throw accountLockedError(lockedUntil);
  throw new AppError('VALIDATION_FAILED', '当前密码不正确', { issues: [{ path: 'currentPassword', message: '当前密码不正确' }] });
}

/** An applicant's password must not contain its organisation's name or credit code either. */
async function passwordContextOf(deps: Deps, user: UserRow, organisationId: string | null): Promise<PasswordContext> {
  if (!organisationId) return { username: user.username };
  const organisation = await organisationsRepository.findById(deps.db, organisationId);
  return { username: user.username, organisationName: organisation?.name ?? null, creditCode: organisation?.creditCode ?? null };
}

/** The current password and the ones before it, PASSWORD_HISTORY_DEPTH in all, compared by argon2 verify. */
async function isRecentlyUsed(deps: Deps, user: UserRow, password: string): Promise<boolean> {
  const history = await usersRepository.findRecentPasswordHashes(deps.db, user.id, PASSWORD_HISTORY_DEPTH);
  const hashes = [user.passwordHash, ...history.filter((h) => h !== user.passwordHash)].slice(0, PASSWORD_HISTORY_DEPTH);
  for (const hash of hashes) if (await verifyPassword(hash, password)) return true;
  return false;
}

function refuseNewPassword(message: string): never {
  throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'newPassword', message }] });
}
