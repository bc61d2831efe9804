import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'shifan_sid';
// 等保2.0 三级 8.1.4.1 b (登录连接超时自动退出); OWASP ASVS 4.0 V3.3.2: a session idle for 30 minutes is over (29:59
// still works, 30:00 does not: resolve-session.ts), and none lives longer than 8 hours after login, active or not.
// 256 random bits per token (ASVS V3.2.2), a new one at every login (V3.2.1); only its SHA-256 is stored.
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
// last_seen_at is written at most once a minute, so reading pages does not turn into a write per request; the idle
// limit is therefore counted from a moment up to one minute before the last request (never longer than 30 minutes).
export const SESSION_TOUCH_MS = 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
