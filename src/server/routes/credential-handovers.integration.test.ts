// ADR 0020 (三员分立, F7 item 2) through HTTP: a one-time password is split between the two administrators. The
// system administrator sees the first half, the security administrator issues the second once; only both together
// log in, and the holder must then change the password. No half is ever written to the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialHandoversRepository } from '../../db/repositories/credential-handovers.repository';
import { wholeAuditLogText } from '../../db/testing/credential-handover-fixtures';
import { createOrganisation } from '../../db/testing/builders';
import { createTestApp, JSON_HEADERS, sessionCookieOf, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let sysadmin: SignedIn;
let secadmin: SignedIn;
const NO_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  sysadmin = await t.signIn('sysadmin');
  secadmin = await t.signIn('secadmin');
});
afterAll(async () => t.close());

const post = (who: SignedIn, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });
const get = (who: SignedIn | string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: typeof who === 'string' ? who : who.cookie } });
const logIn = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password } });
let counter = 0;

interface Pending {
  id: string;
  accountId: string;
  username: string;
  kind: string;
  kindLabel: string;
  requestedByName: string | null;
  isOwnAccount: boolean;
}
async function pendingFor(accountId: string): Promise<Pending[]> {
  const response = await get(secadmin, '/api/admin/credential-handovers');
  expect(response.statusCode).toBe(200);
  return (response.json().handovers as Pending[]).filter((h) => h.accountId === accountId);
}
async function createAccount() {
  const response = await post(sysadmin, '/api/admin/accounts', { username: `handover.t${(counter += 1)}${Date.now() % 100000}`, displayName: '分段测试账号' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { account: { id: string; username: string }; firstHalf: string; explanation: string };
}
/** A new account given a city role, so a full login reaches the workspace. */
async function cityAccount() {
  const created = await createAccount();
  expect((await post(secadmin, `/api/admin/accounts/${created.account.id}/roles`, { role: 'city', cityCode: '440100' })).statusCode).toBe(201);
  return created;
}
async function issue(handoverId: string) {
  return post(secadmin, `/api/admin/credential-handovers/${handoverId}/issue`);
}

describe('split one-time password (ADR 0020)', () => {
  it('the system administrator alone cannot log in with the first half, nor see or issue the second', async () => {
    const created = await cityAccount();
    expect(created.firstHalf).toHaveLength(8);
    expect(created.explanation).toMatch(/第二段.*安全保密管理员/);
    expect(JSON.stringify(created)).not.toMatch(/oneTimePassword|secondHalf/);
    expect((await logIn(created.account.username, created.firstHalf)).statusCode).toBe(401);
    expect((await get(sysadmin, '/api/admin/credential-handovers')).statusCode).toBe(403);
    const [pending] = await pendingFor(created.account.id);
    expect((await post(sysadmin, `/api/admin/credential-handovers/${pending?.id}/issue`)).statusCode).toBe(403);
    // Still waiting: the system administrator's attempt issued nothing.
    expect(await pendingFor(created.account.id)).toHaveLength(1);
  });

  it('the security administrator sees who asked and why, then only the second half, which alone does not log in', async () => {
    const created = await cityAccount();
    const [pending] = await pendingFor(created.account.id);
    expect(pending).toMatchObject({ username: created.account.username, kind: 'created', kindLabel: '新建账号', isOwnAccount: false, requestedByName: '测试用户（sysadmin）' });
    const listed = JSON.stringify((await get(secadmin, '/api/admin/credential-handovers')).json());
    expect(listed).not.toContain(created.firstHalf);
    expect(listed).not.toMatch(/secondHalf|v1:/);
    const issued = await issue(pending?.id ?? NO_ID);
    expect(issued.statusCode).toBe(200);
    expect(issued.headers['cache-control']).toBe('no-store');
    const { secondHalf, account, explanation } = issued.json();
    expect(secondHalf).toHaveLength(8);
    expect(account).toEqual({ id: created.account.id, username: created.account.username, displayName: '分段测试账号' });
    expect(explanation).toContain('第一段由系统管理员');
    expect(issued.body).not.toContain(created.firstHalf);
    expect((await logIn(created.account.username, secondHalf)).statusCode).toBe(401);
    expect((await logIn(created.account.username, secondHalf + created.firstHalf)).statusCode).toBe(401);
    expect(await pendingFor(created.account.id)).toEqual([]);
  });

  it('both halves together log in, and the holder must change the password first', async () => {
    const created = await cityAccount();
    const [pending] = await pendingFor(created.account.id);
    const secondHalf = (await issue(pending?.id ?? NO_ID)).json().secondHalf as string;
    const login = await logIn(created.account.username, created.firstHalf + secondHalf);
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'city', mustChangePassword: true, passwordChangeReason: 'initial' });
    expect((await get(sessionCookieOf(login), '/api/notifications')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('issues a second half once: the second press is 409 in Chinese and the sealed copy is gone', async () => {
    const created = await createAccount();
    const [pending] = await pendingFor(created.account.id);
    expect((await issue(pending?.id ?? NO_ID)).statusCode).toBe(200);
    const again = await issue(pending?.id ?? NO_ID);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED' });
    expect(again.json().message).toContain('已经发放过');
    const [row] = await credentialHandoversRepository.findByUser(t.database.db, created.account.id);
    expect(row).toMatchObject({ secondHalfSealed: null, issuedBy: secadmin.userId });
    expect(row?.issuedAt).not.toBeNull();
    expect((await issue(NO_ID)).statusCode).toBe(404);
  });

  it('a reset supersedes a second half still waiting: only the newest is listed, the old one refuses with 409', async () => {
    const created = await cityAccount();
    const [first] = await pendingFor(created.account.id);
    const reset = await post(sysadmin, `/api/admin/accounts/${created.account.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const pending = await pendingFor(created.account.id);
    expect(pending.map((p) => p.kind)).toEqual(['reset']);
    expect(pending[0]?.id).not.toBe(first?.id);
    const stale = await issue(first?.id ?? NO_ID);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('已作废');
    const rows = await credentialHandoversRepository.findByUser(t.database.db, created.account.id);
    expect(rows.find((r) => r.id === first?.id)).toMatchObject({ secondHalfSealed: null, issuedAt: null });
    expect(rows.find((r) => r.id === first?.id)?.supersededAt).not.toBeNull();
    const secondHalf = (await issue(pending[0]?.id ?? NO_ID)).json().secondHalf as string;
    expect((await logIn(created.account.username, created.firstHalf + secondHalf)).statusCode).toBe(401);
    expect((await logIn(created.account.username, reset.json().firstHalf + secondHalf)).statusCode).toBe(200);
  });

  it('an applicant’s reset follows the same rule: the first half alone does not log in, both do', async () => {
    const organisation = await createOrganisation(t.database.db);
    const applicant = await t.signIn('applicant', { organisationId: organisation.id });
    const reset = await post(sysadmin, `/api/admin/accounts/${applicant.userId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const { firstHalf } = reset.json();
    expect((await get(applicant, '/api/auth/me')).statusCode).toBe(401);
    expect((await logIn(applicant.username, firstHalf)).statusCode).toBe(401);
    const [pending] = await pendingFor(applicant.userId);
    expect(pending).toMatchObject({ kind: 'reset', kindLabel: '重置密码' });
    const secondHalf = (await issue(pending?.id ?? NO_ID)).json().secondHalf as string;
    const login = await logIn(applicant.username, firstHalf + secondHalf);
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'applicant', mustChangePassword: true });
  });

  it('the security administrator may not issue the second half of its own account', async () => {
    const other = await t.signIn('secadmin');
    // Written directly: the system administrator's reset would end this session before it could try.
    const own = await credentialHandoversRepository.insert(t.database.db, {
      id: crypto.randomUUID(),
      userId: other.userId,
      kind: 'reset',
      secondHalfSealed: 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      requestedBy: sysadmin.userId,
      requestedAt: new Date('2026-11-28T01:00:00Z'),
    });
    const listed = (await get(other, '/api/admin/credential-handovers')).json().handovers as Pending[];
    expect(listed.find((h) => h.id === own.id)?.isOwnAccount).toBe(true);
    const refused = await post(other, `/api/admin/credential-handovers/${own.id}/issue`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('本人账号');
    expect((await credentialHandoversRepository.findByUser(t.database.db, other.userId))[0]?.secondHalfSealed).not.toBeNull();
  });

  it('no half of any password appears in the audit log or in the stored row', async () => {
    const created = await cityAccount();
    const [pending] = await pendingFor(created.account.id);
    const [stored] = await credentialHandoversRepository.findByUser(t.database.db, created.account.id);
    const secondHalf = (await issue(pending?.id ?? NO_ID)).json().secondHalf as string;
    expect(stored?.secondHalfSealed).toMatch(/^v1:/);
    expect(stored?.secondHalfSealed).not.toContain(secondHalf);
    const reset = (await post(sysadmin, `/api/admin/accounts/${created.account.id}/reset-password`)).json();
    const [resetPending] = await pendingFor(created.account.id);
    const resetSecond = (await issue(resetPending?.id ?? NO_ID)).json().secondHalf as string;
    const log = await wholeAuditLogText(t.database.db);
    for (const half of [created.firstHalf, secondHalf, reset.firstHalf, resetSecond]) expect(log).not.toContain(half);
    expect(log).toContain('account.credential_issued');
    expect(log).toContain(pending?.id);
  });

  it.each([
    ['/api/admin/credential-handovers/abc/issue', 400],
    [`/api/admin/credential-handovers/${NO_ID}/issue`, 404],
  ])('answers %s with %i, never 500', async (url, status) => {
    expect((await post(secadmin, url)).statusCode).toBe(status);
    expect((await post(secadmin, `/api/admin/credential-handovers/${NO_ID}/issue`, { extra: 1 })).statusCode).toBe(400);
  });
});
