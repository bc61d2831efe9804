// F7 item 3: what the three second-factor steps share: the pending session they act on, opening the sealed secret,
// and the lockout a wrong code counts towards.
import type { SessionUser } from '../../../contracts/auth';
import type { UserRow } from '../../../db/repositories/users.repository';
import { AppError } from '../../../domain/shared/app-error';
import { formatShanghaiMinute, isLocked } from '../../../domain/shared/login-lockout';
import { openTotpSecret } from '../../security/totp-secret-cipher';
import type { ResolvedSession } from '../resolve-session';
import type { Deps } from '../context';

/** Shown in the authenticator app; ASCII, since not every app draws 广东省中小企业公共服务示范平台. */
export const TOTP_ISSUER = 'Shifan';

export interface PendingSession {
  tokenHash: string;
  userId: string;
  role: ResolvedSession['actor']['role'];
  username: string;
}

/** The session if it still waits for its code; a session that has proved it (or was never asked) may not ask again. */
export function pendingSessionOf(session: ResolvedSession | null): PendingSession {
  if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!session.isSecondFactorPending) throw new AppError('TRANSITION_NOT_ALLOWED', '本次登录无需或已完成动态验证码验证');
  return { tokenHash: session.tokenHash, userId: session.actor.userId, role: session.actor.role, username: session.user.username };
}

/** The same lock as the password login (src/domain/shared/login-lockout.ts): wrong codes and passwords add up. */
export function assertNotLocked(user: Pick<UserRow, 'lockedUntil'>, now: Date): void {
  if (user.lockedUntil && isLocked(user.lockedUntil, now)) {
    const shown = new Date(Math.ceil(user.lockedUntil.getTime() / 60_000) * 60_000);
    throw new AppError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定，请于${formatShanghaiMinute(shown)}（北京时间）后再试，或联系安全保密管理员解锁`, {
      details: { lockedUntil: user.lockedUntil.toISOString() },
    });
  }
}

export function openSecretOf(deps: Deps, user: UserRow): Uint8Array {
  const secret = user.totpSecret ? openTotpSecret(deps.security.dataKey, user.id, user.totpSecret) : null;
  // A secret that no longer opens (data key changed) cannot be fixed by the user: the secadmin resets it.
  if (!secret) throw new AppError('INTERNAL', '身份验证器数据无法读取，请联系安全保密管理员重置');
  return secret;
}

export function wrongCode(): AppError {
  return new AppError('SECOND_FACTOR_INVALID', '动态验证码错误，请核对身份验证器上的6位数字后重试', {
    issues: [{ path: 'code', message: '动态验证码错误' }],
  });
}

/** The session's user once the code is proved (the same session: no new cookie is needed). */
export function doneUserOf(session: ResolvedSession | null): SessionUser {
  if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
  return { ...session.user, secondFactor: 'done' };
}
