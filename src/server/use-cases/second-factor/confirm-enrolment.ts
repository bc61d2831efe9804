// F7 item 3: the first code from the new authenticator confirms it and completes this login. A wrong code here
// is not counted towards the lockout: whoever holds this session has just been shown the secret, so guessing
// gains nothing, and typing slips while setting up an app are common.
import type { SessionUser } from '../../../contracts/auth';
import { secondFactorRepository } from '../../../db/repositories/second-factor.repository';
import { findMatchingStep } from '../../../domain/auth/totp';
import { AppError } from '../../../domain/shared/app-error';
import { hmacSha1 } from '../../auth/totp-hmac';
import { appendAudit, type Deps, type RequestContext } from '../context';
import type { ResolvedSession } from '../resolve-session';
import { assertNotLocked, doneUserOf, openSecretOf, pendingSessionOf, wrongCode } from './pending-session';

export async function confirmEnrolment(deps: Deps, ctx: RequestContext, session: ResolvedSession | null, code: string): Promise<SessionUser> {
  const pending = pendingSessionOf(session);
  const now = deps.clock.now();
  const isConfirmed = await deps.db.transaction(async (tx) => {
    const user = await secondFactorRepository.lockUser(tx, pending.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
    assertNotLocked(user, now);
    if (user.totpConfirmedAt) throw new AppError('TRANSITION_NOT_ALLOWED', '已绑定身份验证器，请输入其上的动态验证码');
    if (!user.totpSecret) throw new AppError('TRANSITION_NOT_ALLOWED', '请先开始绑定身份验证器');
    const step = findMatchingStep(hmacSha1, openSecretOf(deps, user), code, now.getTime());
    if (step === null) return false;
    await secondFactorRepository.confirm(tx, user.id, now);
    await secondFactorRepository.clearPending(tx, pending.tokenHash);
    await appendAudit(tx, deps, ctx, {
      action: 'auth.second_factor_enrolled',
      objectType: 'user',
      objectId: user.id,
      after: { step },
      actor: { userId: user.id, role: pending.role },
    });
    return true;
  });
  if (!isConfirmed) throw wrongCode();
  return doneUserOf(session);
}
