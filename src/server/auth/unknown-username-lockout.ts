// F7 item 3 without a user-name oracle (OWASP ASVS 4.0 V2.2; 用户名枚举): a known account locks after five wrong
// passwords and says so (423 ACCOUNT_LOCKED). If an unknown name kept answering 用户名或密码错误, five tries would tell
// an attacker which names exist. Unknown names are therefore counted too, by the same rule (login-lockout.ts), and
// lock the same way. In memory — per process and per database, at most MAX_TRACKED names with the least recently
// tried forgotten first — because nothing of a name that does not exist belongs in the database.
import { afterFailedLogin, isLocked } from '../../domain/shared/login-lockout';
import { perDatabase } from '../per-database';

export const MAX_TRACKED_UNKNOWN_NAMES = 10_000;

interface Failures {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

const namesOf = perDatabase(() => new Map<string, Failures>());

/**
 * Counts one failed attempt with an unknown user name (already trimmed by the login contract); returns the end of its
 * lock when the name is (now) locked.
 */
export function failUnknownUsername(db: object, username: string, now: Date): Date | null {
  const names = namesOf(db);
  const key = username.toLowerCase();
  const current = names.get(key) ?? { failedLoginCount: 0, lockedUntil: null };
  // Deleted and set again, so the Map's order is least recently tried first.
  names.delete(key);
  const next = isLocked(current.lockedUntil, now) ? current : afterFailedLogin(current.failedLoginCount, now);
  names.set(key, next);
  if (names.size > MAX_TRACKED_UNKNOWN_NAMES) {
    const oldest = names.keys().next().value;
    if (oldest !== undefined) names.delete(oldest);
  }
  return next.lockedUntil;
}
