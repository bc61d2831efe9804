// Form rules for setting a password, shared by registration and the change-password page so both say the
// same thing in the same words.
import type { FormRule } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, findPasswordProblem } from '../../../src/domain/shared/password-policy';

export const PASSWORD_HINT = `至少${PASSWORD_MIN_LENGTH}位，须包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名`;

/** The password rule of src/domain/shared/password-policy.ts, checked as soon as the field is left. */
export function passwordPolicyRule(usernameOf: (getFieldValue: (name: NamePath) => unknown) => string | undefined, emptyMessage: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) throw new Error(emptyMessage);
      const problem = findPasswordProblem(value, usernameOf(getFieldValue));
      if (problem) throw new Error(PASSWORD_MESSAGES[problem]);
    },
  });
}

/** The confirmation field must repeat the password field exactly. */
export function confirmPasswordRule(passwordField: NamePath, messages: { empty: string; mismatch: string }): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) throw new Error(messages.empty);
      if (value !== getFieldValue(passwordField)) throw new Error(messages.mismatch);
    },
  });
}
