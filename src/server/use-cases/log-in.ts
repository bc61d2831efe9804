import type { LoginRequest, SessionUser } from '../../contracts/auth';
import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { isBackOfficeRole } from '../../domain/shared/roles';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords';
import { SESSION_ABSOLUTE_MS, hashSessionToken, newSessionToken } from '../auth/session-token';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toActor, toSessionUser } from './session-user';

const WRONG = '用户名或密码错误';

// Every attempt, failed or not, lands in the audit log: it is the login log (登录日志) of F7.
export async function logIn(deps: Deps, ctx: RequestContext, input: LoginRequest): Promise<{ token: string; user: SessionUser }> {
  const user = await usersRepository.findByUsername(deps.db, input.username);
  if (!user) {
    await verifyAgainstDummy(input.password);
    await appendAudit(deps.db, deps, ctx, {
      action: 'auth.login_failed',
      objectType: 'user',
      objectId: null,
      after: { username: input.username.toLowerCase(), reason: 'unknown_user' },
      actor: null,
    });
    throw new AppError('INVALID_CREDENTIALS', WRONG);
  }
  const isPasswordRight = await verifyPassword(user.passwordHash, input.password);
  if (!isPasswordRight || user.isDisabled) {
    await deps.db.transaction(async (tx) => {
      await usersRepository.recordFailedLogin(tx, user.id);
      await appendAudit(tx, deps, ctx, {
        action: 'auth.login_failed',
        objectType: 'user',
        objectId: user.id,
        after: { username: user.username, reason: isPasswordRight ? 'disabled' : 'wrong_password' },
        actor: null,
      });
    });
    // A disabled account is told so only once the password proved who is asking.
    if (isPasswordRight) throw new AppError('ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员');
    throw new AppError('INVALID_CREDENTIALS', WRONG);
  }

  const [first] = await usersRepository.findAssignments(deps.db, user.id);
  if (!first) throw new AppError('FORBIDDEN', '该账号尚未分配角色，请联系安全保密管理员');
  const now = deps.clock.now();
  const token = newSessionToken();
  // F7 item 3: a back-office session starts pending until the TOTP code is proved (production always asks).
  const isSecondFactorPending = deps.security.isSecondFactorRequired && isBackOfficeRole(toActor(first.assignment).role);
  await deps.db.transaction(async (tx) => {
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
    await usersRepository.recordSuccessfulLogin(tx, user.id, now);
    await appendAudit(tx, deps, ctx, {
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      actor: { userId: user.id, role: toActor(first.assignment).role },
    });
  });
  return { token, user: toSessionUser(user, first.assignment, first.organisationName, isSecondFactorPending) };
}
