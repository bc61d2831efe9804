// F7 item 3: a back-office user without an authenticator gets a fresh secret to scan (or type) into one. Starting
// again before confirming replaces the secret; once confirmed, only the secadmin can reset it.
import { randomBytes } from 'node:crypto';
import type { SecondFactorEnrolment } from '../../../contracts/second-factor';
import { secondFactorRepository } from '../../../db/repositories/second-factor.repository';
import { base32Encode, groupSecret, otpauthUri, TOTP_SECRET_BYTES } from '../../../domain/auth/totp';
import { AppError } from '../../../domain/shared/app-error';
import { sealTotpSecret } from '../../security/totp-secret-cipher';
import type { Deps, RequestContext } from '../context';
import type { ResolvedSession } from '../resolve-session';
import { assertNotLocked, pendingSessionOf, TOTP_ISSUER } from './pending-session';

export async function beginEnrolment(deps: Deps, _ctx: RequestContext, session: ResolvedSession | null): Promise<SecondFactorEnrolment> {
  const pending = pendingSessionOf(session);
  const secret = new Uint8Array(randomBytes(TOTP_SECRET_BYTES));
  await deps.db.transaction(async (tx) => {
    const user = await secondFactorRepository.lockUser(tx, pending.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
    assertNotLocked(user, deps.clock.now());
    if (user.totpConfirmedAt) throw new AppError('TRANSITION_NOT_ALLOWED', '已绑定身份验证器，请输入其上的动态验证码');
    await secondFactorRepository.setUnconfirmedSecret(tx, user.id, sealTotpSecret(deps.security.dataKey, user.id, secret));
  });
  // Not audited: nothing is proved yet; auth.second_factor_enrolled records the confirmation.
  const secretBase32 = base32Encode(secret);
  return {
    otpauthUri: otpauthUri({ issuer: TOTP_ISSUER, accountName: pending.username, secretBase32 }),
    secret: groupSecret(secretBase32),
    issuer: TOTP_ISSUER,
    accountName: pending.username,
  };
}
