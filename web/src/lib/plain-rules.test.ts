// The hand-written checks of the public forms must say what the contract's schemas say (F6 item 5 took zod off the
// public pages, not the rules): each case runs the form rule and the schema on the same value.
import type { FormRule } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { zPhone, zText } from '../../../src/contracts/fields';
import { zObjectionForm } from '../../../src/contracts/notices';
import { zPlatformFacts } from '../../../src/contracts/self-assessment-facts';
import { zRegistrationRequest } from '../../../src/contracts/registration';
import { COUNT_LABELS } from '../../../src/domain/standards/fact-labels';
import { countRule } from '../features/self-assessment/fact-rules';
import { REGISTRATION_RULES } from '../features/registration/registration-rules';
import { emailRule, phoneRule, textRule } from './plain-rules';

/** The rule's message for the value, or null when it passes. */
async function formMessage(rule: FormRule, value: unknown): Promise<string | null> {
  const validator = (rule as RuleObject).validator;
  if (!validator) throw new Error('not a validator rule');
  try {
    await validator(rule as RuleObject, value, () => undefined);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

const schemaMessage = (schema: z.ZodType, value: unknown): string | null => {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? '');
};

const organisation = zRegistrationRequest.shape.organisation.shape;
const contact = zRegistrationRequest.shape.contact.shape;
const account = zRegistrationRequest.shape.account.shape;
const WRONG_CHECK_DIGIT = '91440101MA5CXXXX1X';

describe('public form rules say what the schemas say', () => {
  it.each([
    ['text 2..50', textRule('真实姓名', 2, 50), zText('真实姓名', 2, 50), ['王', '王小', ' 王 ', 'x'.repeat(50), 'x'.repeat(51)]],
    ['text 20..5000', textRule('异议事实和理由', 20, 5000), zText('异议事实和理由', 20, 5000), ['短', 'x'.repeat(19), 'x'.repeat(20), 'x'.repeat(5001)]],
    ['phone', phoneRule, zPhone, ['13912345678', ' 13912345678 ', '020-12345678', '02012345678', '1391234567', '12912345678', 'abc']],
    ['objection e-mail', emailRule('电子邮箱格式有误', { length: 200, message: '电子邮箱不能超过200个字' }), zObjectionForm.shape.objectorEmail, ['a@b.cn', 'a@b', 'a b@c.cn', `${'a'.repeat(190)}@example.cn`, '', undefined]],
    ['credit code', REGISTRATION_RULES.creditCode, organisation.creditCode, ['91440101MA5CXXXX1', WRONG_CHECK_DIGIT, '91440101ma5c2qn02u', 'I1440101MA5C2QN02U']],
    ['unit name', REGISTRATION_RULES.name, organisation.name, ['单', '单位', 'x'.repeat(101)]],
    ['county', REGISTRATION_RULES.countyCode, organisation.countyCode, ['440103', '441900003', '44010', 'abc']],
    ['established on', REGISTRATION_RULES.establishedOn, organisation.establishedOn, ['2015-06-30', '2015-02-30', '1899-12-31', '1900-01-01', '2015/06/30']],
    ['contact name', REGISTRATION_RULES.contactName, contact.name, ['周', '周敏', 'x'.repeat(31)]],
    ['contact e-mail', REGISTRATION_RULES.email, contact.email, ['', 'zhoumin@example.cn', 'zhoumin@', undefined]],
    ['username', REGISTRATION_RULES.username, account.username, ['abc', 'abcd', '1abcd', 'zhou.min_01', ' zhoumin ', 'a'.repeat(33)]],
    ['count', countRule(COUNT_LABELS.resourceCount), zPlatformFacts.shape.resourceCount, [0, 80, -1, 1.5, 100_000_000, 100_000_001, undefined]],
  ] as const)('%s', async (_name, rule, schema, values) => {
    for (const value of values) expect(await formMessage(rule, value), JSON.stringify(value)).toBe(schemaMessage(schema, value));
  });

  it('says 请填写… for an empty required field, where the schema sees undefined', async () => {
    expect(await formMessage(textRule('真实姓名', 2, 50), '')).toBe(schemaMessage(zText('真实姓名', 2, 50), undefined));
    expect(await formMessage(phoneRule, '')).toBe(schemaMessage(zPhone, undefined));
    expect(await formMessage(REGISTRATION_RULES.username, '')).toBe('请填写用户名');
    expect(await formMessage(countRule(COUNT_LABELS.resourceCount), null)).toBe(schemaMessage(zPlatformFacts.shape.resourceCount, undefined));
  });
});
