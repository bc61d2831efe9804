import type { LoginRequest, SessionUser } from '../../contracts/auth';
import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { usersRepository, type UserRow } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { claimedAttemptOutcome, isLocked, isLockingFailure, LOCKOUT_MS } from '../../domain/shared/login-lockout';
import { accountLockedError, auditAccountLocked } from './account-lock';
import { isBackOfficeRole } from '../../domain/shared/roles';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords';
import { failUnknownUsername } from '../auth/unknown-username-lockout';
import { SESSION_ABSOLUTE_MS, hashSessionToken, newSessionToken } from '../auth/session-token';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toActor, toSessionUser } from './session-user';

const WRONG = '用户名或密码错误';

// Every attempt, failed or not, lands in the audit log: it is the login log (登录日志) of F7, read as auth.*
// (等保2.0 三级 8.1.4.3 安全审计). Failures carry their reason: unknown_user, wrong_password, too_many_attempts, disabled.
export async function logIn(deps: Deps, ctx: RequestContext, input: LoginRequest): Promise<{ token: string; user: SessionUser }> {
  const user = await usersRepository.findByUsername(deps.db, input.username);
  if (!user) {
    await verifyAgainstDummy(input.password);
    // An unknown name locks like a known one, so the lock message tells nothing of which names exist.
    const lockedUntil = failUnknownUsername(deps.db, input.username, deps.clock.now());
    await appendAudit(deps.db, deps, ctx, {
      action: 'auth.login_failed',
      objectType: 'user',
      objectId: null,
      after: { username: input.username.toLowerCase(), reason: 'unknown_user' },
      actor: null,
    });
    if (lockedUntil) throw accountLockedError(lockedUntil);
    throw new AppError('INVALID_CREDENTIALS', WRONG);
  }
  const now = deps.clock.now();
  // F7 item 3; 等保2.0 三级 8.1.4.1 b: a locked account is refused even with the right password, and the attempt is
  // logged. The attempt is counted before the password is checked, so a burst of parallel guesses cannot outrun the lock.
  const claimed = await usersRepository.claimLoginAttempt(deps.db, user.id, now);
  if (claimed === null) return refuseLocked(deps, ctx, user, (await usersRepository.findById(deps.db, user.id))?.lockedUntil ?? now);
  if (claimedAttemptOutcome(claimed) === 'lockUnchecked') await refuseWrongPassword(deps, ctx, user, now, claimed, 'too_many_attempts');
  const isPasswordRight = await verifyPassword(user.passwordHash, input.password);
  if (!isPasswordRight) await refuseWrongPassword(deps, ctx, user, now, claimed, 'wrong_password');
  if (user.isDisabled) {
    await appendAudit(deps.db, deps, ctx, {
      action: 'auth.login_failed',
      objectType: 'user',
      objectId: user.id,
      after: { username: user.username, reason: 'disabled' },
      actor: null,
    });
    // A disabled account is told so only once the password proved who is asking.
    throw new AppError('ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员');
  }

  const [first] = await usersRepository.findAssignments(deps.db, user.id);
  if (!first) throw new AppError('FORBIDDEN', '该账号尚未分配角色，请联系安全保密管理员');
  const token = newSessionToken();
  // F7 item 3: a back-office session starts pending until the TOTP code is proved (production always asks).
  const isSecondFactorPending = deps.security.isSecondFactorRequired && isBackOfficeRole(toActor(first.assignment).role);
  const lockedMeanwhile = await deps.db.transaction(async (tx) => {
    // A guess sent in parallel may have locked the account while this password was checked: the lock wins.
    const current = await usersRepository.findByIdForUpdate(tx, user.id);
    if (current?.lockedUntil && isLocked(current.lockedUntil, now)) return current.lockedUntil;
    // ASVS 4.0 V3.2.1: a new session id at every login; the session of the cookie sent along (if any) ends here.
    if (ctx.sessionTokenHash) await sessionsRepository.delete(tx, ctx.sessionTokenHash);
    await sessionsRepository.insert(tx, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      roleAssignmentId: first.assignment.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      isSecondFactorPending,
    });
    await usersRepository.recordSuccessfulLogin(tx, user.id, now, { isSecondFactorPending });
    await appendAudit(tx, deps, ctx, {
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      actor: { userId: user.id, role: toActor(first.assignment).role },
    });
    return null;
  });
  if (lockedMeanwhile) await refuseLocked(deps, ctx, user, lockedMeanwhile);
  return { token, user: toSessionUser(user, first.assignment, first.organisationName, isSecondFactorPending, { now, isExpiryEnforced: deps.security.isPasswordExpiryEnforced }) };
}

async function refuseLocked(deps: Deps, ctx: RequestContext, user: UserRow, lockedUntil: Date): Promise<never> {
  await auditAccountLocked(deps.db, deps, ctx, user, 'attempt_while_locked', lockedUntil);
  throw accountLockedError(lockedUntil);
}

/**
 * The attempt was already counted as the `claimed`-th failure in a row (claimLoginAttempt); the fifth locks the
 * account, and so does any attempt beyond it that a parallel burst sent before the lock landed (refused unchecked).
 */
async function refuseWrongPassword(
  deps: Deps,
  ctx: RequestContext,
  user: UserRow,
  now: Date,
  claimed: number,
  reason: 'wrong_password' | 'too_many_attempts',
): Promise<never> {
  const lockedUntil = await deps.db.transaction(async (tx) => {
    const current = (await usersRepository.findByIdForUpdate(tx, user.id)) ?? user;
    if (current.lockedUntil && isLocked(current.lockedUntil, now)) {
      // Another request locked it a moment ago: this attempt is one made while locked.
      await auditAccountLocked(tx, deps, ctx, user, 'attempt_while_locked', current.lockedUntil);
      return current.lockedUntil;
    }
    const next = isLockingFailure(claimed) ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } : null;
    if (next) await usersRepository.setLoginFailures(tx, user.id, next);
    await appendAudit(tx, deps, ctx, {
      action: 'auth.login_failed',
      objectType: 'user',
      objectId: user.id,
      after: { username: user.username, reason },
      actor: null,
    });
    if (next) await auditAccountLocked(tx, deps, ctx, user, 'too_many_failures', next.lockedUntil);
    return next?.lockedUntil ?? null;
  });
  if (lockedUntil) throw accountLockedError(lockedUntil);
  throw new AppError('INVALID_CREDENTIALS', WRONG);
}
