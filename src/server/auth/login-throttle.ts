// F7 item 3; 等保2.0 三级 8.1.4.1 b (登录失败处理); OWASP ASVS 4.0 V2.2.1: one network address may fail to log in at
// most 20 times in 5 minutes, whichever accounts it tries, so guessing across many user names (which the per-account
// lock cannot see) is slowed too. Only failures count: an office behind one address logging in correctly is never
// held up. In memory and per process, like src/server/http/rate-limiter.ts: several processes each keep their own
// count, which still bounds the total; a restart forgets the counts.
import { AppError } from '../../domain/shared/app-error';

export const LOGIN_FAILURES_PER_ADDRESS = 20;
export const LOGIN_THROTTLE_WINDOW_MS = 5 * 60 * 1000;
const MAX_TRACKED_ADDRESSES = 10_000;

export interface LoginThrottle {
  /** Throws RATE_LIMITED (details.retryAfterSeconds) while the address has used up its failures. */
  check(address: string): void;
  recordFailure(address: string): void;
}

export function createLoginThrottle(now: () => Date): LoginThrottle {
  const failures = new Map<string, number[]>();

  function recent(address: string, at: number): number[] {
    return (failures.get(address) ?? []).filter((t) => t > at - LOGIN_THROTTLE_WINDOW_MS);
  }

  return {
    check(address) {
      const at = now().getTime();
      const times = recent(address, at);
      if (times.length < LOGIN_FAILURES_PER_ADDRESS) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(((times[0] ?? at) + LOGIN_THROTTLE_WINDOW_MS - at) / 1000));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new AppError('RATE_LIMITED', `登录失败次数过多，请${minutes}分钟后再试`, { details: { retryAfterSeconds } });
    },
    recordFailure(address) {
      const at = now().getTime();
      if (failures.size >= MAX_TRACKED_ADDRESSES) {
        for (const [key] of failures) if (recent(key, at).length === 0) failures.delete(key);
      }
      failures.set(address, [...recent(address, at), at]);
    },
  };
}
