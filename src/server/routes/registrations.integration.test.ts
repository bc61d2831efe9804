import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { makeCreditCode } from '../../db/testing/builders';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

let seq = 0;
function registration(overrides: { organisation?: object; contact?: object; account?: object } = {}) {
  seq += 1;
  return {
    organisation: {
      creditCode: makeCreditCode('440300'),
      name: `深圳市测试服务中心${seq}`,
      operatorKind: 'public_institution',
      isBranch: false,
      cityCode: '440300',
      countyCode: '440305',
      establishedOn: '2018-04-02',
      ...overrides.organisation,
    },
    contact: { name: '周敏', phone: '13712345678', email: 'zhoumin@example.cn', ...overrides.contact },
    account: { username: `reg${seq}_${Date.now() % 100000}`, password: 'Register#2026a', ...overrides.account },
  };
}

const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/registrations', headers: JSON_HEADERS, payload: payload as object });

describe('POST /api/registrations', () => {
  it('registers the organisation, its account and role, records it, and the account can log in', async () => {
    const body = registration();
    const response = await post(body);
    expect(response.statusCode).toBe(201);
    const { organisationId, username } = response.json();
    const organisation = await organisationsRepository.findById(t.database.db, organisationId);
    expect(organisation).toMatchObject({ creditCode: body.organisation.creditCode, cityCode: '440300', countyCode: '440305', isBranch: false });
    const user = await usersRepository.findByUsername(t.database.db, username);
    const [assignment] = await usersRepository.findAssignments(t.database.db, user!.id);
    expect(assignment?.assignment).toMatchObject({ role: 'applicant', organisationId });
    const audit = await auditLogRepository.findByObject(t.database.db, 'organisation', organisationId);
    expect(audit.map((a) => a.action)).toEqual(['organisation.registered']);
    expect(JSON.stringify(audit)).not.toContain(body.contact.phone);

    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username, password: body.account.password } });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'applicant', organisationId, organisationName: body.organisation.name });
  });

  it('accepts a lower-case credit code with spaces, stored normalised', async () => {
    const code = makeCreditCode('440300');
    const response = await post(registration({ organisation: { creditCode: ` ${code.toLowerCase()} ` } }));
    expect(response.statusCode).toBe(201);
    expect((await organisationsRepository.findById(t.database.db, response.json().organisationId))?.creditCode).toBe(code);
  });

  it('accepts a town/street of 东莞 as the county-level division', async () => {
    const response = await post(registration({ organisation: { cityCode: '441900', countyCode: '441900401' } }));
    expect(response.statusCode).toBe(201);
  });

  it.each([
    ['a wrong check digit', { organisation: { creditCode: '914403001922038217' } }, 'organisation.creditCode', '统一社会信用代码校验位不正确，请核对后重新输入'],
    ['a short credit code', { organisation: { creditCode: '91440300' } }, 'organisation.creditCode', '统一社会信用代码应为18位'],
    ['a county of another city', { organisation: { countyCode: '440106' } }, 'organisation.countyCode', '所选区县（镇街）不属于所选地市'],
    ['a city outside Guangdong', { organisation: { cityCode: '110100' } }, 'organisation.cityCode', '请选择所在地市'],
    ['an unknown operator kind', { organisation: { operatorKind: 'private_company' } }, 'organisation.operatorKind', '请选择运营主体类型'],
    ['an impossible date', { organisation: { establishedOn: '2019-02-30' } }, 'organisation.establishedOn', '成立日期格式应为YYYY-MM-DD的有效日期'],
    ['a future establishment date', { organisation: { establishedOn: '2026-11-29' } }, 'organisation.establishedOn', '成立日期不能晚于今天'],
    ['a bad phone number', { contact: { phone: '12345' } }, 'contact.phone', '联系电话应为11位手机号或带区号的固定电话'],
    ['a bad e-mail', { contact: { email: 'not-an-email' } }, 'contact.email', '电子邮箱格式不正确'],
    ['a weak password', { account: { password: 'password1234' } }, 'account.password', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['a short user name', { account: { username: 'ab' } }, 'account.username', '用户名为4至32位，以字母开头，可含字母、数字、下划线、点和连字符'],
    ['a string where a boolean belongs', { organisation: { isBranch: 'no' } }, 'organisation.isBranch', '请选择是否为分支机构'],
    ['an unknown field', { organisation: { fee: 100 } }, 'organisation.fee', '不接受的字段：fee'],
  ])('refuses %s with a Chinese message on the field, writing nothing', async (_name, overrides, path, message) => {
    const before = await organisationsRepository.list(t.database.db, { kind: 'all' }, { page: 1, pageSize: 1 });
    const response = await post(registration(overrides));
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues).toContainEqual({ path, message });
    const after = await organisationsRepository.list(t.database.db, { kind: 'all' }, { page: 1, pageSize: 1 });
    expect(after.total).toBe(before.total);
  });

  it('the day itself is not in the future: established today is accepted', async () => {
    expect((await post(registration({ organisation: { establishedOn: '2026-11-28' } }))).statusCode).toBe(201);
  });

  it('refuses a credit code that is already registered (409), leaving the first untouched', async () => {
    const first = registration();
    expect((await post(first)).statusCode).toBe(201);
    const second = registration({ organisation: { creditCode: first.organisation.creditCode, name: '冒名单位' } });
    const response = await post(second);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CREDIT_CODE_TAKEN', issues: [{ path: 'organisation.creditCode' }] });
    expect(await usersRepository.findByUsername(t.database.db, second.account.username)).toBeUndefined();
    expect((await organisationsRepository.findByCreditCode(t.database.db, first.organisation.creditCode))?.name).toBe(first.organisation.name);
  });

  it('refuses a taken user name (409) and leaves no organisation behind', async () => {
    const first = registration();
    expect((await post(first)).statusCode).toBe(201);
    const second = registration({ account: { username: first.account.username.toUpperCase() } });
    const response = await post(second);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'USERNAME_TAKEN', issues: [{ path: 'account.username' }] });
    expect(await organisationsRepository.findByCreditCode(t.database.db, second.organisation.creditCode)).toBeUndefined();
  });

  it('two simultaneous registrations of one credit code: exactly one wins', async () => {
    const a = registration();
    const b = registration({ organisation: { creditCode: a.organisation.creditCode } });
    const statuses = (await Promise.all([post(a), post(b)])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
  });
});
