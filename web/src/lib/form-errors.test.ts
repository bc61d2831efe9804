import { describe, expect, it } from 'vitest';
import { zRegistrationRequest } from '../../../src/contracts/registration';
import { toRegistrationBody } from '../features/registration/registration-values';
import { ApiError } from './api';
import { issuesFromApi, issuesFromZod } from './form-errors';

describe('field issues', () => {
  it('turns the server dotted path into the form field name', () => {
    const error = new ApiError(409, 'CREDIT_CODE_TAKEN', '已注册', [{ path: 'organisation.creditCode', message: '已注册' }]);
    expect(issuesFromApi(error)).toEqual([{ path: ['organisation', 'creditCode'], message: '已注册' }]);
  });

  it('gives client-side problems the same paths as the server', () => {
    const parsed = zRegistrationRequest.safeParse(toRegistrationBody({ organisation: { creditCode: 'abc' } }));
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : issuesFromZod(parsed.error).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['organisation.creditCode', 'organisation.name', 'contact.phone', 'account.username']));
  });

  it('builds a body the schema accepts, without the confirmation field', () => {
    const body = toRegistrationBody({
      organisation: {
        creditCode: '91440300708461136T',
        name: '深圳市测试服务中心',
        operatorKind: 'public_institution',
        cityCode: '440300',
        countyCode: '440305',
        establishedOn: '2015-06-30',
      },
      contact: { name: '李明', phone: '13800138000', email: '' },
      account: { username: 'szcenter', password: 'Guangdong#2026x' },
      confirmPassword: 'Guangdong#2026x',
    });
    const parsed = zRegistrationRequest.safeParse(body);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data?.organisation.isBranch).toBe(false);
  });
});
