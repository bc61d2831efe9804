// F7 item 3; 等保2.0 三级 8.1.4.1 a (口令复杂度, 定期更换): what POST /api/auth/password refuses, the 90-day expiry and the
// history of the last 5 passwords, through HTTP against a real database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { createTestApp, JSON_HEADERS, TEST_PASSWORD, type TestApp } from '../testing/test-app';

const NOW = new Date('2026-11-28T02:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(NOW);
});
afterAll(async () => t.close());
afterEach(() => t.clock.set(NOW));

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const change = (cookie: string, currentPassword: string, newPassword: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { ...JSON_HEADERS, cookie }, payload: { currentPassword, newPassword } });
const todos = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/todos', headers: { cookie } });

describe('what a new password may not be', () => {
  it.each([
    ['Aa123456789!', '该密码过于常见，容易被猜中，请换一个'],
    ['P@ssw0rd1234', '该密码过于常见，容易被猜中，请换一个'],
    ['Woaini1314!!', '该密码过于常见，容易被猜中，请换一个'],
    ['Qwer1234!@#$', '该密码过于常见，容易被猜中，请换一个'],
    ['abcdefgh1234', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
  ])('refuses %s, naming the field', async (newPassword, message) => {
    const signedIn = await t.signIn('city');
    const response = await change(signedIn.cookie, TEST_PASSWORD, newPassword);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'newPassword', message }] });
  });

  it("refuses an applicant's password containing its organisation's name or credit code", async () => {
    const signedIn = await t.signIn('applicant');
    const organisation = await organisationsRepository.findById(t.database.db, signedIn.organisationId ?? '');
    if (!organisation) throw new Error('no organisation');
    const byName = await change(signedIn.cookie, TEST_PASSWORD, `${organisation.name}#Ab1`);
    expect(byName.json().issues).toEqual([{ path: 'newPassword', message: '密码不能包含单位名称' }]);
    const byCode = await change(signedIn.cookie, TEST_PASSWORD, `Ab#${organisation.creditCode.toLowerCase()}`);
    expect(byCode.json().issues).toEqual([{ path: 'newPassword', message: '密码不能包含统一社会信用代码' }]);
    expect((await change(signedIn.cookie, TEST_PASSWORD, 'Kq7#vLm2$Pz9')).statusCode).toBe(204);
  });
});

describe('none of the last 5 passwords again', () => {
  it('refuses the 5th-last password, allows the 6th-last', async () => {
    const signedIn = await t.signIn('province');
    const passwords = [TEST_PASSWORD, 'Second#Pass2026', 'Third#Pass2026', 'Fourth#Pass2026', 'Fifth#Pass2026'];
    for (let i = 1; i < passwords.length; i += 1) {
      expect((await change(signedIn.cookie, passwords[i - 1] ?? '', passwords[i] ?? '')).statusCode).toBe(204);
    }
    const current = 'Fifth#Pass2026';
    for (const old of passwords.slice(0, 4)) {
      const refused = await change(signedIn.cookie, current, old);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues).toEqual([{ path: 'newPassword', message: '新密码不能与最近5次使用过的密码相同' }]);
    }
    expect((await change(signedIn.cookie, current, 'Sixth#Pass2026')).statusCode).toBe(204);
    // Now the last 5 are Second…Sixth: the first password may come back.
    expect((await change(signedIn.cookie, 'Sixth#Pass2026', TEST_PASSWORD)).statusCode).toBe(204);
  });
});

describe('a password is changed every 90 days', () => {
  it('one 89 days 23:59:59 old still works as usual', async () => {
    const signedIn = await t.signIn('city', { passwordChangedAt: new Date(NOW.getTime() - 90 * DAY_MS + 1000) });
    expect((await me(signedIn.cookie)).json().user).toMatchObject({ mustChangePassword: false, passwordChangeReason: null });
  });

  it('one 90 days old leaves the session nothing but changing it, with the reason "expired"', async () => {
    const signedIn = await t.signIn('city', { passwordChangedAt: new Date(NOW.getTime() - 90 * DAY_MS) });
    expect((await me(signedIn.cookie)).json().user).toMatchObject({ mustChangePassword: true, passwordChangeReason: 'expired' });
    const refused = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: signedIn.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await todos(signedIn.cookie)).json().items[0].key).toBe('password.expired');
    expect((await change(signedIn.cookie, TEST_PASSWORD, 'Renewed#Pass2026')).statusCode).toBe(204);
    expect((await me(signedIn.cookie)).json().user).toMatchObject({ mustChangePassword: false, passwordChangeReason: null });
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.find((a) => a.action === 'auth.password_changed')?.after).toEqual({ username: signedIn.username, reason: 'expired' });
  });

  it('a password expires while the session is open: the next request sees it', async () => {
    const signedIn = await t.signIn('expert', { passwordChangedAt: new Date(NOW.getTime() - 90 * DAY_MS + 60_000) });
    expect((await me(signedIn.cookie)).json().user.passwordChangeReason).toBeNull();
    t.clock.set(new Date(NOW.getTime() + 60_000));
    expect((await me(signedIn.cookie)).json().user.passwordChangeReason).toBe('expired');
  });

  it('an initial password gives the reason "initial", even when it is also old', async () => {
    const signedIn = await t.signIn('sysadmin', { mustChangePassword: true, passwordChangedAt: new Date(NOW.getTime() - 200 * DAY_MS) });
    expect((await me(signedIn.cookie)).json().user).toMatchObject({ mustChangePassword: true, passwordChangeReason: 'initial' });
    expect((await change(signedIn.cookie, TEST_PASSWORD, 'Chosen#ByMe2026')).statusCode).toBe(204);
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId);
    expect(audit.find((a) => a.action === 'auth.password_changed')?.after).toEqual({ username: signedIn.username, reason: 'initial' });
  });
});

// Review finding: the current password could be guessed without limit from inside a session.
describe('a wrong current password', () => {
  it('counts towards the 5-failure lock: the fifth locks the account, ends the session and is audited', async () => {
    const signedIn = await t.signIn('applicant');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await change(signedIn.cookie, 'Not#TheRight2026', 'Brand#NewPass2026x');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().issues).toEqual([{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    const fifth = await change(signedIn.cookie, 'Not#TheRight2026', 'Brand#NewPass2026x');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect((await me(signedIn.cookie)).statusCode).toBe(401);
    const failures = (await auditLogRepository.findByObject(t.database.db, 'user', signedIn.userId)).filter((a) => a.action === 'auth.password_change_failed');
    expect(failures).toHaveLength(5);
    expect(failures[4]?.after).toMatchObject({ reason: 'wrong_current_password', isLocked: true });
  });

  it('a right one resets the count: 4 wrong, then a change, leaves the account unlocked', async () => {
    const signedIn = await t.signIn('city');
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await change(signedIn.cookie, 'Not#TheRight2026', 'Brand#NewPass2026y')).statusCode).toBe(400);
    expect((await change(signedIn.cookie, TEST_PASSWORD, 'Brand#NewPass2026y')).statusCode).toBe(204);
    expect((await me(signedIn.cookie)).statusCode).toBe(200);
  });
});
