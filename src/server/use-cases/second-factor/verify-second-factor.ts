// F7 item 3: a back-office login is complete once the current code of the confirmed authenticator is given. A
// wrong code is a failed login (audited, counted towards the 5-in-a-row lockout); a code is good only once.
import type { SessionUser } from '../../../contracts/auth';
import { secondFactorRepository } from '../../../db/repositories/second-factor.repository';
import { findMatchingStep } from '../../../domain/auth/totp';
import { AppError } from '../../../domain/shared/app-error';
import { afterFailedLogin } from '../../../domain/shared/login-lockout';
import { hmacSha1 } from '../../auth/totp-hmac';
import { appendAudit, type Deps, type RequestContext } from '../context';
import type { ResolvedSession } from '../resolve-session';
import { assertNotLocked, doneUserOf, openSecretOf, pendingSessionOf, wrongCode } from './pending-session';
import { auditAccountLocked } from '../account-lock';

export async function verifySecondFactor(deps: Deps, ctx: RequestContext, session: ResolvedSession | null, code: string): Promise<SessionUser> {
  const pending = pendingSessionOf(session);
  const now = deps.clock.now();
  const actor = { userId: pending.userId, role: pending.role };
  const outcome = await deps.db.transaction(async (tx) => {
    const user = await secondFactorRepository.lockUser(tx, pending.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
    assertNotLocked(user, now);
    if (!user.totpConfirmedAt) throw new AppError('TRANSITION_NOT_ALLOWED', '尚未绑定身份验证器，请先完成绑定');
    const lastUsedStep = await secondFactorRepository.findLastUsedStep(tx, user.id);
    const step = findMatchingStep(hmacSha1, openSecretOf(deps, user), code, now.getTime(), lastUsedStep);
    if (step === null) {
      const failures = afterFailedLogin(user.failedLoginCount, now);
      await secondFactorRepository.setFailures(tx, user.id, failures);
      await appendAudit(tx, deps, ctx, {
        action: 'auth.second_factor_failed',
        objectType: 'user',
        objectId: user.id,
        after: { username: user.username, reason: 'wrong_code', isLocked: failures.lockedUntil !== null },
        actor,
      });
      if (failures.lockedUntil) {
        // The same record as the password login writes when it locks (the login log shows both).
        await auditAccountLocked(tx, deps, ctx, user, 'too_many_failures', failures.lockedUntil);
      }
      return failures.lockedUntil ?? 'wrong';
    }
    await secondFactorRepository.resetFailures(tx, user.id);
    await secondFactorRepository.clearPending(tx, pending.tokenHash);
    await appendAudit(tx, deps, ctx, { action: 'auth.second_factor_passed', objectType: 'user', objectId: user.id, after: { step }, actor });
    return 'passed';
  });
  // The failure is committed first, then told: the fifth wrong code in a row says the account is now locked.
  if (outcome instanceof Date) assertNotLocked({ lockedUntil: outcome }, now);
  if (outcome !== 'passed') throw wrongCode();
  return doneUserOf(session);
}
