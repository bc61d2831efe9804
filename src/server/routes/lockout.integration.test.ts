// F7 item 3; 等保2.0 三级 8.1.4.1 b (登录失败处理): 5 wrong passwords in a row lock the account for 30 minutes, and one
// network address may fail at most 20 times in 5 minutes. Each test logs in from its own address so the per-address
// throttle of one test never reaches another.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { LOCKOUT_MS } from '../../domain/shared/login-lockout';
import { LOGIN_FAILURES_PER_ADDRESS, LOGIN_THROTTLE_WINDOW_MS } from '../auth/login-throttle';
import { createTestApp, JSON_HEADERS, TEST_PASSWORD, type TestApp } from '../testing/test-app';

const NOW = new Date('2026-11-28T02:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(NOW);
});
afterAll(async () => t.close());
afterEach(() => t.clock.set(NOW));

let addressCount = 0;
const newAddress = () => `10.20.0.${++addressCount}`;
const login = (address: string, username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password }, remoteAddress: address });
const failTimes = async (address: string, username: string, times: number) => {
  const codes: string[] = [];
  for (let i = 0; i < times; i += 1) codes.push((await login(address, username, 'Wrong#Password1')).json().code);
  return codes;
};
const at = (ms: number) => t.clock.set(new Date(NOW.getTime() + ms));

describe('account lockout after 5 wrong passwords in a row', () => {
  it('the 4th failure is still a wrong password; the 5th locks for 30 minutes with the unlock time in Beijing time', async () => {
    const address = newAddress();
    const { username, userId } = await t.signIn('city');
    expect(await failTimes(address, username, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    const fifth = await login(address, username, 'Wrong#Password1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toEqual({
      code: 'ACCOUNT_LOCKED',
      message: '连续5次密码错误，账号已锁定，请于2026年11月28日 10:30（北京时间）后再试，或联系安全保密管理员解锁',
      issues: [],
      details: { lockedUntil: '2026-11-28T02:30:00.000Z' },
    });
    const user = await usersRepository.findById(t.database.db, userId);
    expect(user?.lockedUntil?.toISOString()).toBe('2026-11-28T02:30:00.000Z');
  });

  // No user-name oracle: an unknown name answers exactly as a known one, attempt for attempt, lock included.
  it('an unknown user name locks on the 5th failure too, with the same answer as a known account, and unlocks after 30 minutes', async () => {
    const known = await t.signIn('city');
    const unknown = `nobody${addressCount}x`;
    const answersFor = async (username: string) => {
      const answers = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await login(newAddress(), username, 'Wrong#Password1');
        answers.push({ status: response.statusCode, body: response.json() });
      }
      return answers;
    };
    const knownAnswers = await answersFor(known.username);
    const unknownAnswers = await answersFor(unknown);
    expect(unknownAnswers).toEqual(knownAnswers);
    expect(unknownAnswers.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    // Another unknown name is counted on its own, and a name differing only in case is the same name.
    expect((await login(newAddress(), `${unknown}y`, 'Wrong#Password1')).statusCode).toBe(401);
    expect((await login(newAddress(), unknown.toUpperCase(), 'Wrong#Password1')).statusCode).toBe(423);
    at(LOCKOUT_MS + 1);
    expect((await login(newAddress(), unknown, 'Wrong#Password1')).json().code).toBe('INVALID_CREDENTIALS');
  });

  // Review finding: a check-then-verify lock let a burst of parallel guesses all reach the password check, and a right
  // one among them log in after the lock landed. Each attempt is now counted before its check.
  it('a burst of 12 parallel guesses checks at most 5 passwords, locks the account, and the right password is then refused', async () => {
    const { username, userId } = await t.signIn('applicant');
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(newAddress(), username, 'Wrong#Password1')));
    expect(answers.every((answer) => [401, 423].includes(answer.statusCode))).toBe(true);
    const failures = (await auditLogRepository.findByObject(t.database.db, 'user', userId)).filter((a) => a.action === 'auth.login_failed');
    expect(failures.filter((a) => (a.after as { reason: string }).reason === 'wrong_password').length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.statusCode === 423).length).toBeGreaterThanOrEqual(7);
    // The guesses beyond the fifth were refused before their password was checked.
    expect(failures.map((a) => (a.after as { reason: string }).reason)).toContain('too_many_attempts');
    expect((await login(newAddress(), username, TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('refuses even the right password while locked, logs the attempt, and lets it in once the 30 minutes are over', async () => {
    const address = newAddress();
    const { username, userId } = await t.signIn('province');
    await failTimes(address, username, 5);
    at(LOCKOUT_MS - 1000);
    const refused = await login(address, username, TEST_PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().code).toBe('ACCOUNT_LOCKED');
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', userId);
    expect(audit.filter((a) => a.action === 'auth.login_failed')).toHaveLength(5);
    expect(audit.filter((a) => a.action === 'auth.locked').map((a) => (a.after as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['too_many_failures', 'attempt_while_locked']),
    );
    at(LOCKOUT_MS);
    expect((await login(address, username, TEST_PASSWORD)).statusCode).toBe(200);
    const user = await usersRepository.findById(t.database.db, userId);
    expect(user).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('a success resets the count: 4 wrong, 1 right, 4 wrong is not locked', async () => {
    const address = newAddress();
    const { username } = await t.signIn('expert');
    await failTimes(address, username, 4);
    expect((await login(address, username, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await failTimes(address, username, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect((await login(address, username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('after the lock ends, 5 more failures are needed to lock again', async () => {
    const address = newAddress();
    const { username } = await t.signIn('auditor');
    await failTimes(address, username, 5);
    at(LOCKOUT_MS);
    expect(await failTimes(address, username, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect((await login(address, username, 'Wrong#Password1')).statusCode).toBe(423);
  });

});

describe('per-address throttle on POST /api/auth/login', () => {
  it(`refuses the address after ${LOGIN_FAILURES_PER_ADDRESS} failures in 5 minutes with 429 and Retry-After, whatever the account`, async () => {
    const address = newAddress();
    const victim = await t.signIn('city');
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS; i += 1) {
      expect((await login(address, `guess-${i}`, 'Wrong#Password1')).statusCode).toBe(401);
    }
    const refused = await login(address, victim.username, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(LOGIN_THROTTLE_WINDOW_MS / 1000));
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', message: '登录失败次数过多，请5分钟后再试' });
    expect((await login(newAddress(), victim.username, TEST_PASSWORD)).statusCode).toBe(200);
    at(LOGIN_THROTTLE_WINDOW_MS - 1000);
    expect((await login(address, victim.username, TEST_PASSWORD)).statusCode).toBe(429);
    at(LOGIN_THROTTLE_WINDOW_MS);
    expect((await login(address, victim.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('successful logins do not count: an office behind one address is never held up', async () => {
    const address = newAddress();
    const { username } = await t.signIn('province');
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS + 5; i += 1) expect((await login(address, username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
