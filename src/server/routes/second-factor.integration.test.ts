// F7 item 3: the TOTP second factor of back-office roles, through HTTP on a real database (docs/security/second-factor.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { base32Decode, totpAt } from '../../domain/auth/totp';
import { hmacSha1 } from '../auth/totp-hmac';
import { createTestApp, JSON_HEADERS, sessionCookieOf, TEST_PASSWORD, type TestApp } from '../testing/test-app';

const START = new Date('2026-11-28T02:00:00Z');
let t: TestApp;
let demo: TestApp;
beforeAll(async () => {
  t = await createTestApp(START, { security: { isSecondFactorRequired: true } });
  demo = await createTestApp(START);
});
afterAll(async () => {
  await t.close();
  await demo.close();
});

const post = (app: TestApp, cookie: string, url: string, payload: object = {}) =>
  app.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie }, payload });
const get = (app: TestApp, cookie: string, url: string) => app.app.inject({ method: 'GET', url, headers: { cookie } });
const login = async (app: TestApp, username: string) => {
  const response = await app.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password: TEST_PASSWORD } });
  expect(response.statusCode).toBe(200);
  return { cookie: sessionCookieOf(response), user: response.json().user };
};
const codeFor = (secret: string, at: Date = t.clock.now()) => totpAt(hmacSha1, base32Decode(secret) ?? new Uint8Array(), at.getTime());
const later = (seconds: number) => t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000));

/** A province officer with a confirmed authenticator; returns its secret. */
async function enrolledOfficer(): Promise<{ userId: string; username: string; secret: string }> {
  const signedIn = await t.signIn('province');
  const { secret } = (await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().enrolment;
  expect((await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(secret) })).statusCode).toBe(200);
  // Three steps on: the enrolment step is out of the ±1 window, so each test chooses which step it gives.
  later(90);
  return { userId: signedIn.userId, username: signedIn.username, secret };
}

describe('second factor required (production)', () => {
  it('a back-office login owes its code: only who-am-I, log-out and the second-factor routes answer', async () => {
    const signedIn = await t.signIn('province');
    const me = await get(t, signedIn.cookie, '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.secondFactor).toBe('enrol');
    for (const url of ['/api/todos', '/api/calls', '/api/notifications']) {
      const response = await get(t, signedIn.cookie, url);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', message: '请先完成动态验证码验证' });
    }
    const write = await post(t, signedIn.cookie, '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#Pass2026' });
    expect(write.json().code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await post(t, signedIn.cookie, '/api/auth/logout')).statusCode).toBe(204);
    expect((await get(t, signedIn.cookie, '/api/auth/me')).statusCode).toBe(401);
  });

  it('public routes stay public for a pending session', async () => {
    const signedIn = await t.signIn('city');
    expect((await get(t, signedIn.cookie, '/api/v1/calls')).statusCode).not.toBe(401);
  });

  it('enrols: the URI and grouped secret, the secret sealed in the row, then a first code confirms and completes the login', async () => {
    const signedIn = await t.signIn('province');
    const response = await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment');
    expect(response.statusCode).toBe(200);
    const enrolment = response.json().enrolment;
    expect(enrolment.secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const plain = enrolment.secret.replace(/ /g, '');
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Shifan:${signedIn.username}?secret=${plain}&issuer=Shifan&algorithm=SHA1&digits=6&period=30`,
    );
    const row = await usersRepository.findById(t.database.db, signedIn.userId);
    expect(row?.totpSecret).toMatch(/^v1:/);
    expect(row?.totpSecret).not.toContain(plain);
    expect(row?.totpConfirmedAt).toBeNull();

    const wrong = await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(plain, new Date(START.getTime() - 3600_000)) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'SECOND_FACTOR_INVALID', issues: [{ path: 'code', message: '动态验证码错误' }] });
    expect((await get(t, signedIn.cookie, '/api/todos')).statusCode).toBe(401);

    const confirmed = await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(plain) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user).toMatchObject({ username: signedIn.username, secondFactor: 'done' });
    expect((await get(t, signedIn.cookie, '/api/todos')).statusCode).toBe(200);
    expect((await get(t, signedIn.cookie, '/api/auth/me')).json().user.secondFactor).toBe('done');
    expect((await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().code).toBe('TRANSITION_NOT_ALLOWED');
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.map((a) => a.action)).toContain('auth.second_factor_enrolled');
  });

  it('starting enrolment again before confirming replaces the secret', async () => {
    const signedIn = await t.signIn('expert');
    const first = (await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().enrolment.secret;
    const second = (await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().enrolment.secret;
    expect(second).not.toBe(first);
    const stale = await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(first) });
    expect(stale.statusCode).toBe(401);
    expect((await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(second) })).statusCode).toBe(200);
  });

  it('the next login asks for the code; a code is good once (replay refused), one step either side accepted', async () => {
    const officer = await enrolledOfficer();
    const { cookie, user } = await login(t, officer.username);
    expect(user.secondFactor).toBe('verify');
    expect((await post(t, cookie, '/api/auth/second-factor/enrolment')).json().code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await post(t, cookie, '/api/auth/second-factor/verify', { code: codeFor(officer.secret, new Date(t.clock.now().getTime() - 60_000)) })).statusCode).toBe(401);
    const passed = await post(t, cookie, '/api/auth/second-factor/verify', { code: codeFor(officer.secret, new Date(t.clock.now().getTime() - 30_000)) });
    expect(passed.statusCode).toBe(200);
    expect(passed.json().user.secondFactor).toBe('done');
    expect((await get(t, cookie, '/api/todos')).statusCode).toBe(200);

    const again = await login(t, officer.username);
    const replay = await post(t, again.cookie, '/api/auth/second-factor/verify', { code: codeFor(officer.secret, new Date(t.clock.now().getTime() - 30_000)) });
    expect(replay.json().code).toBe('SECOND_FACTOR_INVALID');
    expect((await post(t, again.cookie, '/api/auth/second-factor/verify', { code: ` ${codeFor(officer.secret).slice(0, 3)} ${codeFor(officer.secret).slice(3)} ` })).statusCode).toBe(200);
    const actions = (await auditLogRepository.findByObject(t.database.db, 'user', officer.userId)).map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.second_factor_passed')).toHaveLength(2);
    expect(actions.filter((a) => a === 'auth.second_factor_failed')).toHaveLength(2);
  });

  it('wrong codes count as failed logins: the fifth in a row locks the account, and then even the right code is refused', async () => {
    const officer = await enrolledOfficer();
    const { cookie } = await login(t, officer.username);
    const wrongCode = String((Number(codeFor(officer.secret)) + 500_000) % 1_000_000).padStart(6, '0');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const response = await post(t, cookie, '/api/auth/second-factor/verify', { code: wrongCode });
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toBe('动态验证码错误，请核对身份验证器上的6位数字后重试');
    }
    expect((await usersRepository.findById(t.database.db, officer.userId))?.failedLoginCount).toBe(4);
    const fifth = await post(t, cookie, '/api/auth/second-factor/verify', { code: wrongCode });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { lockedUntil: new Date(t.clock.now().getTime() + 30 * 60_000).toISOString() } });
    expect(fifth.json().message).toContain('账号已锁定');
    const right = await post(t, cookie, '/api/auth/second-factor/verify', { code: codeFor(officer.secret) });
    expect(right.statusCode).toBe(423);
    const failed = (await auditLogRepository.findByObject(t.database.db, 'user', officer.userId)).filter((a) => a.action === 'auth.second_factor_failed');
    expect(failed).toHaveLength(5);
    expect(failed[4]?.after).toMatchObject({ reason: 'wrong_code', isLocked: true });
    const actions = (await auditLogRepository.findByObject(t.database.db, 'user', officer.userId)).map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.locked')).toHaveLength(1);
  });

  it('a right code resets the failure count', async () => {
    const officer = await enrolledOfficer();
    const { cookie } = await login(t, officer.username);
    expect((await post(t, cookie, '/api/auth/second-factor/verify', { code: '000000' === codeFor(officer.secret) ? '111111' : '000000' })).statusCode).toBe(401);
    expect((await post(t, cookie, '/api/auth/second-factor/verify', { code: codeFor(officer.secret) })).statusCode).toBe(200);
    expect((await usersRepository.findById(t.database.db, officer.userId))?.failedLoginCount).toBe(0);
  });

  it('verify before any authenticator is confirmed is refused (enrol first)', async () => {
    const signedIn = await t.signIn('auditor');
    const response = await post(t, signedIn.cookie, '/api/auth/second-factor/verify', { code: '123456' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: '尚未绑定身份验证器，请先完成绑定' });
  });

  it.each(['city', 'expert', 'auditor', 'sysadmin', 'secadmin', 'auditadmin'] as const)('%s is asked for the second factor', async (role) => {
    const signedIn = await t.signIn(role);
    expect((await get(t, signedIn.cookie, '/api/auth/me')).json().user.secondFactor).toBe('enrol');
  });

  it('applicants are never asked', async () => {
    const signedIn = await t.signIn('applicant');
    expect((await get(t, signedIn.cookie, '/api/auth/me')).json().user.secondFactor).toBe('done');
    expect((await get(t, signedIn.cookie, '/api/todos')).statusCode).toBe(200);
    expect((await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('an initial password is changed after the code, not before', async () => {
    const signedIn = await t.signIn('city', { mustChangePassword: true });
    expect((await get(t, signedIn.cookie, '/api/todos')).json().code).toBe('SECOND_FACTOR_REQUIRED');
    const { secret } = (await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment')).json().enrolment;
    expect((await post(t, signedIn.cookie, '/api/auth/second-factor/enrolment/confirm', { code: codeFor(secret) })).statusCode).toBe(200);
    expect((await get(t, signedIn.cookie, '/api/calls')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it.each([
    ['no body', undefined, ''],
    ['letters', { code: '12a456' }, 'code'],
    ['five digits', { code: '12345' }, 'code'],
    ['a number', { code: 123456 }, 'code'],
    ['an unknown field', { code: '123456', remember: true }, 'remember'],
  ])('malformed input (%s) → 400 naming the field', async (_label, payload, path) => {
    const signedIn = await t.signIn('province');
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/second-factor/verify', headers: { ...JSON_HEADERS, cookie: signedIn.cookie }, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(400);
    if (path) expect(response.json().issues[0].path).toBe(path);
  });
});

describe('second factor not required (demo mode)', () => {
  it('a back-office login is done at once and may not enrol', async () => {
    const signedIn = await demo.signIn('province');
    expect((await get(demo, signedIn.cookie, '/api/auth/me')).json().user.secondFactor).toBe('done');
    expect((await get(demo, signedIn.cookie, '/api/todos')).statusCode).toBe(200);
    const enrol = await post(demo, signedIn.cookie, '/api/auth/second-factor/enrolment');
    expect(enrol.statusCode).toBe(409);
    expect(enrol.json().message).toBe('本次登录无需或已完成动态验证码验证');
  });
});
