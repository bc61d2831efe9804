// The account lock's one audit record and one refusal (F7 item 3; 等保2.0 三级 8.1.4.1 b, 8.1.4.3): written by the
// password login, the second factor and 修改密码 alike, so the 登录日志 reads every lock the same way.
import type { Db } from '../../db/client';
import { AppError } from '../../domain/shared/app-error';
import { lockedMessage } from '../../domain/shared/login-lockout';
import { appendAudit, type Deps, type RequestContext } from './context';

export type LockReason = 'too_many_failures' | 'attempt_while_locked';

export async function auditAccountLocked(
  tx: Db,
  deps: Pick<Deps, 'clock'>,
  ctx: RequestContext,
  user: { id: string; username: string },
  reason: LockReason,
  lockedUntil: Date,
): Promise<void> {
  await appendAudit(tx, deps, ctx, {
    action: 'auth.locked',
    objectType: 'user',
    objectId: user.id,
    after: { username: user.username, reason, lockedUntil: lockedUntil.toISOString() },
    actor: null,
  });
}

export function accountLockedError(lockedUntil: Date): AppError {
  return new AppError('ACCOUNT_LOCKED', lockedMessage(lockedUntil), { details: { lockedUntil: lockedUntil.toISOString() } });
}
