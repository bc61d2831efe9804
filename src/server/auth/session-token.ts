import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'shifan_sid';
// 等保2.0 三级 / ASVS V3: idle timeout 30 minutes, absolute lifetime 8 hours.
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
// last_seen_at is written at most once a minute, so reading pages does not turn into a write per request.
export const SESSION_TOUCH_MS = 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
