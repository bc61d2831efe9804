// Applicant self-registration (F1 item 5): the operating organisation, its contact person and the first account.
import { z } from 'zod';
import { CITY_CODES, isChildOfCity } from '../domain/divisions/divisions';
import { OPERATOR_KINDS } from '../domain/shared/operator-kinds';
import { PASSWORD_MESSAGES, findPasswordProblem } from '../domain/shared/password-policy';
import { USERNAME_MESSAGE, USERNAME_PATTERN } from '../domain/shared/username';
import { zCreditCode, zPhone, zPlainDate, zText } from './fields';

export { USERNAME_PATTERN } from '../domain/shared/username';

export const zRegistrationRequest = z
  .strictObject({
    organisation: z.strictObject(
      {
        creditCode: zCreditCode,
        name: zText('单位名称', 2, 100),
        operatorKind: z.enum(OPERATOR_KINDS, { error: '请选择运营主体类型' }),
        isBranch: z.boolean({ error: '请选择是否为分支机构' }),
        cityCode: z.enum(CITY_CODES, { error: '请选择所在地市' }),
        countyCode: z.string({ error: '请选择所在区县（镇街）' }).regex(/^\d{6}(\d{3})?$/, { message: '请选择所在区县（镇街）' }),
        establishedOn: zPlainDate('成立日期'),
      },
      { error: '请填写单位信息' },
    ),
    contact: z.strictObject(
      {
        name: zText('联系人姓名', 2, 30),
        phone: zPhone,
        email: z.union([z.literal(''), z.email({ message: '电子邮箱格式不正确' })]).optional(),
      },
      { error: '请填写联系人信息' },
    ),
    account: z.strictObject(
      {
        username: z
          .string({ error: '请填写用户名' })
          .trim()
          .regex(USERNAME_PATTERN, { message: USERNAME_MESSAGE }),
        password: z.string({ error: '请设置密码' }),
      },
      { error: '请填写账号信息' },
    ),
  })
  .superRefine((value, ctx) => {
    if (!isChildOfCity(value.organisation.cityCode, value.organisation.countyCode)) {
      ctx.addIssue({ code: 'custom', path: ['organisation', 'countyCode'], message: '所选区县（镇街）不属于所选地市' });
    }
    // F7 item 3: nothing guessable from the account or the organisation (name, credit code).
    const problem = findPasswordProblem(value.account.password, { username: value.account.username, organisationName: value.organisation.name, creditCode: value.organisation.creditCode });
    if (problem) ctx.addIssue({ code: 'custom', path: ['account', 'password'], message: PASSWORD_MESSAGES[problem] });
  });
export type RegistrationRequest = z.infer<typeof zRegistrationRequest>;
export type RegistrationInput = z.input<typeof zRegistrationRequest>;
