import type { SessionUser } from '../../contracts/auth';
import type { Actor } from '../../domain/access/policy';
import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS, hashSessionToken } from '../auth/session-token';
import type { Deps } from './context';
import { toActor, toSessionUser } from './session-user';

export interface ResolvedSession {
  tokenHash: string;
  actor: Actor;
  user: SessionUser;
  /** F7 item 3: the password is proved, the TOTP code not yet; only the second-factor routes are open. */
  isSecondFactorPending: boolean;
}

/**
 * The live session behind a cookie token, or null. Idle and expired sessions are removed on sight (等保2.0 三级 8.1.4.1 b
 * 超时自动退出; OWASP ASVS 4.0 V3.3.2): idle for 30 minutes or more ends it (29:59 still works), and so does reaching
 * 8 hours since login (expires_at, checked by findLive). A disabled account's sessions end at its next request.
 */
export async function resolveSession(deps: Deps, token: string): Promise<ResolvedSession | null> {
  const tokenHash = hashSessionToken(token);
  const now = deps.clock.now();
  const session = await sessionsRepository.findLive(deps.db, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) {
    await sessionsRepository.delete(deps.db, tokenHash);
    return null;
  }
  const [user, assignment] = await Promise.all([
    usersRepository.findById(deps.db, session.userId),
    usersRepository.findAssignment(deps.db, session.userId, session.roleAssignmentId),
  ]);
  if (!user || !assignment || user.isDisabled) {
    await sessionsRepository.delete(deps.db, tokenHash);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) await sessionsRepository.touch(deps.db, tokenHash, now);
  return {
    tokenHash,
    actor: toActor(assignment.assignment),
    user: toSessionUser(user, assignment.assignment, assignment.organisationName, session.isSecondFactorPending, { now, isExpiryEnforced: deps.security.isPasswordExpiryEnforced }),
    isSecondFactorPending: session.isSecondFactorPending,
  };
}
