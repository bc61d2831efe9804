// 三员分立 (F7 item 2) through HTTP: the system administrator manages accounts, the security administrator roles;
// neither holds the other's power nor reads business data, and an administrator role never sits with another role
// (the use case refuses it; the database trigger refuses it too when a row is written directly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createOrganisation, createUser } from '../../db/testing/builders';
import { findPasswordProblem } from '../../domain/shared/password-policy';
import { createTestApp, JSON_HEADERS, sessionCookieOf, TEST_PASSWORD, type SignedIn, type TestApp } from '../testing/test-app';
import { lockWithSecondFactor, rewriteAssignmentRole } from '../../db/testing/security-fixtures';

let t: TestApp;
let sysadmin: SignedIn;
let secadmin: SignedIn;
let auditadmin: SignedIn;
const NO_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  sysadmin = await t.signIn('sysadmin');
  secadmin = await t.signIn('secadmin');
  auditadmin = await t.signIn('auditadmin');
});
afterAll(async () => t.close());

const post = (who: SignedIn, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });
const get = (who: SignedIn | string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: typeof who === 'string' ? who : who.cookie } });
const withdraw = (who: SignedIn, id: string, assignmentId: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/admin/accounts/${id}/roles/${assignmentId}`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: {} });
let counter = 0;
const newUsername = () => `acct.test${(counter += 1)}${Date.now() % 100000}`;
async function newAccount() {
  const response = await post(sysadmin, '/api/admin/accounts', { username: newUsername(), displayName: '测试新账号' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { account: { id: string; username: string; roles: unknown[] }; firstHalf: string; explanation: string };
}
/** ADR 0020: the security administrator issues the second half of the account's pending one-time password. */
async function secondHalfOf(accountId: string): Promise<string> {
  const pending = (await get(secadmin, '/api/admin/credential-handovers')).json().handovers as { id: string; accountId: string }[];
  const handover = pending.find((h) => h.accountId === accountId);
  const issued = await post(secadmin, `/api/admin/credential-handovers/${handover?.id ?? NO_ID}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json().secondHalf as string;
}
const logIn = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password } });

describe('system administrator: accounts', () => {
  it('creates an account with a one-time password that meets the policy, no role, and must be changed', async () => {
    const created = await newAccount();
    expect(created.firstHalf).toHaveLength(8);
    expect(created.explanation).toContain('安全保密管理员');
    const whole = created.firstHalf + (await secondHalfOf(created.account.id));
    expect(findPasswordProblem(whole, created.account.username)).toBeNull();
    expect(created.account).toMatchObject({ roles: [], status: 'active', statusLabel: '正常', mustChangePassword: true, lastLoginAt: null });
    const row = await usersRepository.findById(t.database.db, created.account.id);
    expect(row?.passwordHash).not.toContain(created.firstHalf);
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', created.account.id);
    expect(audit.map((a) => a.action)).toEqual(['account.created', 'account.credential_issued']);
    expect(JSON.stringify(audit)).not.toContain(created.firstHalf);
  });

  it('refuses a user name already taken (409, on the field) and bad input (400, Chinese message naming the field)', async () => {
    const created = await newAccount();
    const taken = await post(sysadmin, '/api/admin/accounts', { username: created.account.username.toUpperCase(), displayName: '重复' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().issues).toEqual([{ path: 'username', message: '该用户名已被使用' }]);
    const bad = await post(sysadmin, '/api/admin/accounts', { username: '1x', displayName: '', role: 'city' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['displayName', 'role', 'username']);
    expect(JSON.stringify(bad.json().issues)).toContain('用户名');
  });

  it('lists accounts with roles, status and password age, and finds them by name', async () => {
    const { user } = await createUser(t.database.db, { role: 'city', cityCode: '440300', passwordHash: 'x', passwordChangedAt: new Date('2026-08-30T02:00:00Z') });
    const response = await get(sysadmin, `/api/admin/accounts?q=${user.username}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().accounts).toEqual([
      expect.objectContaining({ username: user.username, passwordAgeDays: 90, status: 'active', roles: [expect.objectContaining({ role: 'city', cityName: '深圳市', roleLabel: '地市中小企业主管部门' })] }),
    ]);
    expect(Object.keys(response.json().accounts[0])).not.toContain('passwordHash');
  });

  it('disables an account: its old cookie gets 401 on the next request and it cannot log in; enabling lets it in again', async () => {
    const victim = await t.signIn('province');
    expect((await get(victim, '/api/auth/me')).statusCode).toBe(200);
    const disabled = await post(sysadmin, `/api/admin/accounts/${victim.userId}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ status: 'disabled', statusLabel: '已停用' });
    expect((await get(victim, '/api/auth/me')).statusCode).toBe(401);
    expect((await logIn(victim.username, TEST_PASSWORD)).json().code).toBe('ACCOUNT_DISABLED');
    expect((await post(sysadmin, `/api/admin/accounts/${victim.userId}/enable`)).json()).toMatchObject({ status: 'active' });
    expect((await logIn(victim.username, TEST_PASSWORD)).statusCode).toBe(200);
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', victim.userId);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['account.disabled', 'account.enabled']));
  });

  it('refuses to disable or reset its own account', async () => {
    expect((await post(sysadmin, `/api/admin/accounts/${sysadmin.userId}/disable`)).statusCode).toBe(403);
    expect((await post(sysadmin, `/api/admin/accounts/${sysadmin.userId}/reset-password`)).statusCode).toBe(403);
  });

  it('resets a password: a new one-time password in two halves, sessions ended, the user must change it', async () => {
    const victim = await t.signIn('expert');
    const reset = await post(sysadmin, `/api/admin/accounts/${victim.userId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const { firstHalf } = reset.json();
    expect((await get(victim, '/api/auth/me')).statusCode).toBe(401);
    expect((await logIn(victim.username, TEST_PASSWORD)).statusCode).toBe(401);
    const fresh = await logIn(victim.username, firstHalf + (await secondHalfOf(victim.userId)));
    expect(fresh.json().user.mustChangePassword).toBe(true);
    expect((await get(sessionCookieOf(fresh), '/api/notifications')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('answers 404 for an account that does not exist and never grants roles', async () => {
    expect((await post(sysadmin, `/api/admin/accounts/${NO_ID}/disable`)).statusCode).toBe(404);
    const created = await newAccount();
    expect((await post(sysadmin, `/api/admin/accounts/${created.account.id}/roles`, { role: 'province' })).statusCode).toBe(403);
    expect((await post(sysadmin, `/api/admin/accounts/${created.account.id}/unlock`)).statusCode).toBe(403);
    expect((await get(sysadmin, '/api/admin/permissions')).statusCode).toBe(403);
  });
});

describe('security administrator: roles', () => {
  it('grants a city role; the new account then logs in with both halves of its one-time password and must change it', async () => {
    const created = await newAccount();
    const granted = await post(secadmin, `/api/admin/accounts/${created.account.id}/roles`, { role: 'city', cityCode: '440100' });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().roles).toEqual([expect.objectContaining({ role: 'city', cityCode: '440100', cityName: '广州市' })]);
    const login = await logIn(created.account.username, created.firstHalf + (await secondHalfOf(created.account.id)));
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'city', mustChangePassword: true, passwordChangeReason: 'initial' });
  });

  it('grants the applicant role for an existing organisation only', async () => {
    const created = await newAccount();
    const organisation = await createOrganisation(t.database.db);
    expect((await post(secadmin, `/api/admin/accounts/${created.account.id}/roles`, { role: 'applicant', organisationId: NO_ID })).json().issues).toEqual([
      { path: 'organisationId', message: '所选申报单位不存在' },
    ]);
    const found = await get(secadmin, `/api/admin/organisation-choices?q=${encodeURIComponent(organisation.name)}`);
    expect(found.json().organisations).toEqual([{ id: organisation.id, name: organisation.name, cityName: '广州市' }]);
    const granted = await post(secadmin, `/api/admin/accounts/${created.account.id}/roles`, { role: 'applicant', organisationId: organisation.id });
    expect(granted.json().roles).toEqual([expect.objectContaining({ role: 'applicant', organisationName: organisation.name })]);
  });

  it.each([
    ['role', { cityCode: '440100' }],
    ['cityCode', { role: 'city' }],
    ['cityCode', { role: 'city', cityCode: '110100' }],
    ['cityCode', { role: 'province', cityCode: '440100' }],
    ['organisationId', { role: 'applicant' }],
    ['organisationId', { role: 'applicant', organisationId: 'abc' }],
    ['secret', { role: 'province', secret: 1 }],
  ])('refuses a grant with a bad %s (400)', async (field, payload) => {
    const response = await post(secadmin, `/api/admin/accounts/${NO_ID}/roles`, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it.each([
    ['an administrator role to a business account', 'province', 'sysadmin', '已有业务角色'],
    ['a business role to an administrator', 'auditadmin', 'province', '不能再授予业务角色'],
    ['a second administrator role', 'sysadmin', 'auditadmin', '只能担任一种管理员角色'],
  ] as const)('refuses %s with ROLE_SEPARATION (409)', async (_name, heldRole, requested, why) => {
    const { user } = await createUser(t.database.db, { role: heldRole, passwordHash: 'x' });
    const response = await post(secadmin, `/api/admin/accounts/${user.id}/roles`, { role: requested });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ROLE_SEPARATION', issues: [{ path: 'role' }] });
    expect(response.json().message).toContain('三员分立');
    expect(response.json().message).toContain(why);
    expect(await usersRepository.findAssignments(t.database.db, user.id)).toHaveLength(1);
  });

  it('of two administrator roles granted to one account at the same moment, exactly one lands', async () => {
    const created = await newAccount();
    const answers = await Promise.all(
      (['sysadmin', 'auditadmin'] as const).map((role) => post(secadmin, `/api/admin/accounts/${created.account.id}/roles`, { role })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await usersRepository.findAssignments(t.database.db, created.account.id)).toHaveLength(1);
  });

  it('refuses to grant to its own account', async () => {
    expect((await post(secadmin, `/api/admin/accounts/${secadmin.userId}/roles`, { role: 'province' })).statusCode).toBe(403);
  });

  it('withdraws a role: the sessions acting in it end at once', async () => {
    const officer = await t.signIn('city', { cityCode: '440100' });
    const [assignment] = await usersRepository.findAssignments(t.database.db, officer.userId);
    const response = await withdraw(secadmin, officer.userId, assignment?.assignment.id ?? NO_ID);
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual([]);
    expect((await get(officer, '/api/auth/me')).statusCode).toBe(401);
    expect((await withdraw(secadmin, officer.userId, NO_ID)).statusCode).toBe(404);
  });

  it('unlocks a locked account and clears a lost second factor', async () => {
    const { user } = await createUser(t.database.db, { role: 'province', passwordHash: 'x' });
    await lockWithSecondFactor(t.database.db, user.id, '2026-11-28T03:00:00Z');
    const listed = await get(secadmin, `/api/admin/accounts?q=${user.username}`);
    expect(listed.json().accounts[0]).toMatchObject({ status: 'locked', statusLabel: '已锁定', hasSecondFactor: true });
    expect((await post(secadmin, `/api/admin/accounts/${user.id}/unlock`)).json()).toMatchObject({ status: 'active' });
    expect((await post(secadmin, `/api/admin/accounts/${user.id}/reset-second-factor`)).json()).toMatchObject({ hasSecondFactor: false });
    const row = await usersRepository.findById(t.database.db, user.id);
    expect(row).toMatchObject({ lockedUntil: null, failedLoginCount: 0, totpSecret: null, totpConfirmedAt: null });
    const audit = await auditLogRepository.findByObject(t.database.db, 'user', user.id);
    expect(audit.map((a) => a.action)).toEqual(['account.unlocked', 'account.second_factor_reset']);
  });

  it('reads the permission matrix: every action with its Chinese label and each role’s reach', async () => {
    const response = await get(secadmin, '/api/admin/permissions');
    expect(response.statusCode).toBe(200);
    const row = response.json().rows.find((r: { action: string }) => r.action === 'role.manage');
    expect(row.reach).toEqual({ secadmin: { reach: 'all', label: '全部' } });
    expect(row.label).toMatch(/角色/);
  });

  it('cannot create, disable or reset accounts', async () => {
    const { user } = await createUser(t.database.db, { role: 'province', passwordHash: 'x' });
    expect((await post(secadmin, '/api/admin/accounts', { username: newUsername(), displayName: '越权' })).statusCode).toBe(403);
    expect((await post(secadmin, `/api/admin/accounts/${user.id}/disable`)).statusCode).toBe(403);
    expect((await post(secadmin, `/api/admin/accounts/${user.id}/reset-password`)).statusCode).toBe(403);
  });
});

describe('separation backstop and business data', () => {
  it.each([
    ['an administrator role next to a business role', 'city', 'sysadmin'],
    ['a business role next to an administrator role', 'secadmin', 'expert'],
    ['a second administrator role', 'auditadmin', 'secadmin'],
  ] as const)('the database refuses %s written directly', async (_name, first, second) => {
    const { user } = await createUser(t.database.db, { role: first, passwordHash: 'x', cityCode: first === 'city' ? '440100' : null });
    await expect(usersRepository.insertAssignment(t.database.db, { userId: user.id, role: second })).rejects.toThrow();
    expect(await usersRepository.findAssignments(t.database.db, user.id)).toHaveLength(1);
  });

  it('the database refuses turning a business assignment into an administrator one beside another role', async () => {
    const { user, assignment } = await createUser(t.database.db, { role: 'province', passwordHash: 'x' });
    await usersRepository.insertAssignment(t.database.db, { userId: user.id, role: 'expert' });
    await expect(rewriteAssignmentRole(t.database.db, assignment.id, 'auditadmin')).rejects.toThrow();
  });

  it('the database lets two business roles sit together', async () => {
    const { user } = await createUser(t.database.db, { role: 'province', passwordHash: 'x' });
    await expect(usersRepository.insertAssignment(t.database.db, { userId: user.id, role: 'expert' })).resolves.toMatchObject({ role: 'expert' });
  });

  it.each(['/api/organisations', '/api/applications', '/api/creation-objects', '/api/calls'])('every administrator gets 403 on %s', async (url) => {
    for (const admin of [sysadmin, secadmin, auditadmin]) expect((await get(admin, url)).statusCode, url).toBe(403);
  });

  it('the audit administrator has no account or role power', async () => {
    expect((await get(auditadmin, '/api/admin/accounts')).statusCode).toBe(403);
    expect((await post(auditadmin, `/api/admin/accounts/${sysadmin.userId}/disable`)).statusCode).toBe(403);
    expect((await post(auditadmin, `/api/admin/accounts/${sysadmin.userId}/roles`, { role: 'province' })).statusCode).toBe(403);
  });
});
