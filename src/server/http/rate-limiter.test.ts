import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/shared/app-error';
import { createRateLimiter } from './rate-limiter';

function limiterAt(start: string, maxKeys?: number) {
  let now = new Date(start);
  const limiter = createRateLimiter({ limit: 3, windowMs: 60 * 60 * 1000, now: () => now, message: (m) => `请${m}分钟后再试`, ...(maxKeys ? { maxKeys } : {}) });
  return { limiter, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

function refusal(take: () => void): AppError | undefined {
  try {
    take();
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

describe('createRateLimiter', () => {
  it('allows exactly the limit within the window, then refuses with the time to wait', () => {
    const { limiter, advance } = limiterAt('2026-10-09T02:00:00Z');
    for (let i = 0; i < 3; i += 1) {
      expect(refusal(() => limiter.take('1.2.3.4'))).toBeUndefined();
      advance(10 * 60 * 1000);
    }
    const refused = refusal(() => limiter.take('1.2.3.4'));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', message: '请30分钟后再试', details: { retryAfterSeconds: 30 * 60 } });
    expect(refusal(() => limiter.take('5.6.7.8'))).toBeUndefined();
  });

  it.each([
    ['one millisecond before the first attempt leaves the window', 60 * 60 * 1000 - 1, 'RATE_LIMITED'],
    ['exactly when it leaves the window', 60 * 60 * 1000, undefined],
  ])('%s', (_name, wait, code) => {
    const { limiter, advance } = limiterAt('2026-10-09T02:00:00Z');
    for (let i = 0; i < 3; i += 1) limiter.take('ip');
    advance(wait);
    expect(refusal(() => limiter.take('ip'))?.code).toBe(code);
  });

  it('refused attempts do not extend the wait, and old keys are forgotten when many are tracked', () => {
    const { limiter, advance } = limiterAt('2026-10-09T02:00:00Z', 2);
    for (let i = 0; i < 3; i += 1) limiter.take('a');
    for (let i = 0; i < 5; i += 1) expect(refusal(() => limiter.take('a'))?.code).toBe('RATE_LIMITED');
    advance(60 * 60 * 1000);
    limiter.take('b');
    expect(refusal(() => limiter.take('a'))).toBeUndefined();
  });
});
