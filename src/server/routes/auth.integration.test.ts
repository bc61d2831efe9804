import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE, SESSION_IDLE_MS } from '../auth/session-token';
import { createTestApp, JSON_HEADERS, sessionCookieOf, TEST_PASSWORD, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const me = (cookie?: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });
const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password } });

describe('login, session and logout', () => {
  it('logs in with an HttpOnly SameSite cookie and answers who is signed in', async () => {
    const signedIn = await t.signIn('city', { cityCode: '440300' });
    const again = await login(signedIn.username, TEST_PASSWORD);
    const cookie = again.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const response = await me(signedIn.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ role: 'city', cityCode: '440300', cityName: '深圳市', roleLabel: '地市中小企业主管部门' });
  });

  it('each login starts a new session id', async () => {
    const signedIn = await t.signIn('province');
    const second = sessionCookieOf(await login(signedIn.username, TEST_PASSWORD));
    expect(second).not.toBe(signedIn.cookie);
    expect((await me(signedIn.cookie)).statusCode).toBe(200);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('a login sent with an old session cookie ends that session (ASVS V3.2.1)', async () => {
    const signedIn = await t.signIn('province');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...JSON_HEADERS, cookie: signedIn.cookie },
      payload: { username: signedIn.username, password: TEST_PASSWORD },
    });
    const fresh = sessionCookieOf(response);
    expect(fresh).not.toBe(signedIn.cookie);
    expect((await me(signedIn.cookie)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
  });

  it('user names are case-insensitive', async () => {
    const signedIn = await t.signIn('expert');
    expect((await login(signedIn.username.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a wrong password and an unknown user answer the same 401, and both are in the login log', async () => {
    const signedIn = await t.signIn('auditor');
    const wrong = await login(signedIn.username, 'Wrong#Password1');
    const unknown = await login('nobody-here', 'Wrong#Password1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误', issues: [] });
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.map((a) => a.action)).toContain('auth.login_failed');
  });

  it('disabling an account ends its sessions and refuses its logins', async () => {
    const disabled = await t.signIn('expert');
    await usersRepository.setDisabled(t.database.db, disabled.userId, true);
    expect((await me(disabled.cookie)).statusCode).toBe(401);
    const response = await login(disabled.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('logout ends the session at once, and login and logout are in the login log', async () => {
    const signedIn = await t.signIn('province');
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...JSON_HEADERS, cookie: signedIn.cookie }, payload: {} });
    expect(response.statusCode).toBe(204);
    expect((await me(signedIn.cookie)).statusCode).toBe(401);
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });

  it('disabling an account ends a session that is in use at its very next request', async () => {
    const signedIn = await t.signIn('city');
    expect((await me(signedIn.cookie)).statusCode).toBe(200);
    await usersRepository.setDisabled(t.database.db, signedIn.userId, true);
    expect((await t.app.inject({ method: 'GET', url: '/api/todos', headers: { cookie: signedIn.cookie } })).statusCode).toBe(401);
    await usersRepository.setDisabled(t.database.db, signedIn.userId, false);
    expect((await me(signedIn.cookie)).statusCode).toBe(401);
  });

  it('a session idle for more than 30 minutes is over; activity keeps it alive', async () => {
    const start = t.clock.now();
    try {
      const signedIn = await t.signIn('province');
      t.clock.set(new Date(start.getTime() + SESSION_IDLE_MS - 1000));
      expect((await me(signedIn.cookie)).statusCode).toBe(200);
      t.clock.set(new Date(start.getTime() + 2 * SESSION_IDLE_MS - 2000));
      expect((await me(signedIn.cookie)).statusCode).toBe(200);
      t.clock.set(new Date(start.getTime() + 3 * SESSION_IDLE_MS));
      expect((await me(signedIn.cookie)).statusCode).toBe(401);
    } finally {
      t.clock.set(start);
    }
  });

  it('idle boundaries: 29:59 after the last request still works, 30:00 does not (等保2.0 三级 8.1.4.1 b)', async () => {
    const start = t.clock.now();
    const after = (ms: number) => t.clock.set(new Date(start.getTime() + ms));
    try {
      const kept = await t.signIn('province');
      const dropped = await t.signIn('province');
      after(SESSION_IDLE_MS - 1000);
      expect((await me(kept.cookie)).statusCode).toBe(200);
      after(SESSION_IDLE_MS);
      expect((await me(dropped.cookie)).statusCode).toBe(401);
      after(2 * SESSION_IDLE_MS - 1000);
      expect((await me(kept.cookie)).statusCode).toBe(401);
    } finally {
      t.clock.set(start);
    }
  });

  it('absolute boundary: a session in constant use ends 8 hours after login', async () => {
    const start = t.clock.now();
    try {
      const signedIn = await t.signIn('city');
      for (let elapsed = 20 * 60 * 1000; elapsed < SESSION_ABSOLUTE_MS; elapsed += 20 * 60 * 1000) {
        t.clock.set(new Date(start.getTime() + elapsed));
        expect((await me(signedIn.cookie)).statusCode).toBe(200);
      }
      t.clock.set(new Date(start.getTime() + SESSION_ABSOLUTE_MS - 1000));
      expect((await me(signedIn.cookie)).statusCode).toBe(200);
      t.clock.set(new Date(start.getTime() + SESSION_ABSOLUTE_MS));
      expect((await me(signedIn.cookie)).statusCode).toBe(401);
    } finally {
      t.clock.set(start);
    }
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const signedIn = await t.signIn('province');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'content-type': 'application/json', cookie: signedIn.cookie },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_REJECTED');
    expect((await me(signedIn.cookie)).statusCode).toBe(200);
  });
});

describe('an initial password must be changed first', () => {
  it('refuses business routes until the password is changed, then allows them', async () => {
    const signedIn = await t.signIn('province', { mustChangePassword: true });
    const list = () => t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: signedIn.cookie } });
    const refused = await list();
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改初始密码', issues: [] });
    expect((await me(signedIn.cookie)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/todos', headers: { cookie: signedIn.cookie } })).json().items[0].key).toBe('password.initial');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { ...JSON_HEADERS, cookie: signedIn.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Changed#First2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await list()).statusCode).toBe(200);
  });
});

describe('changing the password', () => {
  const change = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { ...JSON_HEADERS, cookie }, payload });

  it('changes it, clears the must-change flag and ends the other sessions', async () => {
    const signedIn = await t.signIn('sysadmin', { mustChangePassword: true });
    const other = sessionCookieOf(await login(signedIn.username, TEST_PASSWORD));
    expect((await me(signedIn.cookie)).json().user.mustChangePassword).toBe(true);
    const response = await change(signedIn.cookie, { currentPassword: TEST_PASSWORD, newPassword: 'Brand#New2026pw' });
    expect(response.statusCode).toBe(204);
    expect((await me(signedIn.cookie)).json().user.mustChangePassword).toBe(false);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login(signedIn.username, 'Brand#New2026pw')).statusCode).toBe(200);
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.map((a) => a.action)).toContain('auth.password_changed');
  });

  it.each([
    ['a wrong current password', { currentPassword: 'Not#TheRight1', newPassword: 'Brand#New2026pw' }, 'currentPassword', '当前密码不正确'],
    ['a weak new password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }, 'newPassword', '密码至少12位'],
    ['the same password again', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, 'newPassword', '新密码不能与当前密码相同'],
  ])('refuses %s', async (_name, payload, path, message) => {
    const signedIn = await t.signIn('city');
    const response = await change(signedIn.cookie, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toContainEqual({ path, message });
  });

  it('refuses a new password containing the user name', async () => {
    const signedIn = await t.signIn('city', { username: 'zhouwei.city' });
    const response = await change(signedIn.cookie, { currentPassword: TEST_PASSWORD, newPassword: 'ZhouWei.City#2026' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toContainEqual({ path: 'newPassword', message: '密码不能包含用户名' });
  });
});
