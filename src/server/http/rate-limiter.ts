// A small in-memory, per-process sliding-window limiter for public, login-free routes (the 公示 objection form):
// anyone may object (Art. 7(2)), so the only brake on a flood of anonymous uploads is how often one address may
// try. Several processes each keep their own count, which still bounds the total; a restart forgets the counts.
import { AppError } from '../../domain/shared/app-error';

export interface RateLimiter {
  /** Counts one attempt for the key; throws RATE_LIMITED (details.retryAfterSeconds) once the window is full. */
  take(key: string): void;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now: () => Date;
  /** The Chinese message shown when refused; it should say when to try again. */
  message: (retryAfterMinutes: number) => string;
  /** Above this many tracked keys, keys with no attempt left in the window are forgotten. */
  maxKeys?: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const attempts = new Map<string, number[]>();
  const maxKeys = options.maxKeys ?? 10_000;

  function sweep(since: number): void {
    for (const [key, times] of attempts) if ((times[times.length - 1] ?? 0) <= since) attempts.delete(key);
  }

  return {
    take(key) {
      const now = options.now().getTime();
      const since = now - options.windowMs;
      if (attempts.size >= maxKeys) sweep(since);
      const recent = (attempts.get(key) ?? []).filter((at) => at > since);
      if (recent.length >= options.limit) {
        attempts.set(key, recent);
        const retryAfterSeconds = Math.max(1, Math.ceil(((recent[0] ?? now) + options.windowMs - now) / 1000));
        throw new AppError('RATE_LIMITED', options.message(Math.ceil(retryAfterSeconds / 60)), { details: { retryAfterSeconds } });
      }
      recent.push(now);
      attempts.set(key, recent);
    },
  };
}
