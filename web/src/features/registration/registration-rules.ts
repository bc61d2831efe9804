// The registration form's field checks, written by hand in the words of zRegistrationRequest
// (src/contracts/registration.ts) so the public register page does not load zod (F6 item 5). The server checks the
// request with the schema itself (including that the county belongs to the city) and its 400 issues land on the
// same fields.
import type { FormRule } from 'antd';
import { CREDIT_CODE_MESSAGES, findCreditCodeProblem, normaliseCreditCode } from '../../../../src/domain/credit-code/credit-code';
import { MIN_ENTERED_YEAR, isPlainDate } from '../../../../src/domain/shared/plain-date';
import { USERNAME_MESSAGE, USERNAME_PATTERN } from '../../../../src/domain/shared/username';
import { emailRule, patternRule, phoneRule, requiredRule, textRule } from '../../lib/plain-rules';

const fail = (message: string) => Promise.reject(new Error(message));

export const creditCodeRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string') return fail('请输入统一社会信用代码');
    const problem = findCreditCodeProblem(normaliseCreditCode(value));
    if (problem) return fail(CREDIT_CODE_MESSAGES[problem]);
  },
};

/** zPlainDate('成立日期'). */
export const establishedOnRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return fail('请填写成立日期');
    if (!isPlainDate(value)) return fail('成立日期格式应为YYYY-MM-DD的有效日期');
    if (Number(value.slice(0, 4)) < MIN_ENTERED_YEAR) return fail(`成立日期的年份不能早于${MIN_ENTERED_YEAR}年`);
  },
};

export const REGISTRATION_RULES = {
  creditCode: creditCodeRule,
  name: textRule('单位名称', 2, 100),
  operatorKind: requiredRule('请选择运营主体类型'),
  isBranch: {
    validator: async (_rule, value: unknown) => (typeof value === 'boolean' ? undefined : fail('请选择是否为分支机构')),
  } satisfies FormRule,
  cityCode: requiredRule('请选择所在地市'),
  countyCode: patternRule(/^\d{6}(\d{3})?$/, { missing: '请选择所在区县（镇街）', malformed: '请选择所在区县（镇街）' }),
  establishedOn: establishedOnRule,
  contactName: textRule('联系人姓名', 2, 30),
  phone: phoneRule,
  email: emailRule('电子邮箱格式不正确'),
  username: patternRule(USERNAME_PATTERN, { missing: '请填写用户名', malformed: USERNAME_MESSAGE }),
} as const;
