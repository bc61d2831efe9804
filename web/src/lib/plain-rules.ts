// Field checks for the public forms written by hand, so those pages do not load zod (≈ 90 KB; F6 item 5 budget).
// Each mirrors a schema of src/contracts and words its mistakes the same way; the server checks the request with
// the schema itself, so a check left out here still comes back as the same message from a 400 answer.
import type { FormRule } from 'antd';
import { PHONE_MESSAGES, PHONE_PATTERN } from '../../../src/domain/shared/phone';

const fail = (message: string) => Promise.reject(new Error(message));
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** zText(label, min, max) of src/contracts/fields.ts: trimmed length within [min, max]; optional ones may be left empty. */
export function textRule(label: string, min: number, max: number, { isOptional = false } = {}): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isBlank(value)) return isOptional ? undefined : fail(`请填写${label}`);
      // zod counts UTF-16 units, as String.length does.
      const length = String(value).trim().length;
      if (length < min) return fail(min <= 1 ? `请填写${label}` : `${label}至少${min}个字`);
      if (length > max) return fail(`${label}不能超过${max}个字`);
    },
  };
}

/** zPhone of src/contracts/fields.ts. */
export const phoneRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (isBlank(value)) return fail(PHONE_MESSAGES.missing);
    if (!PHONE_PATTERN.test(String(value).trim())) return fail(PHONE_MESSAGES.malformed);
  },
};

// zod 4's default e-mail pattern (z.email()), so the form accepts exactly what the server does.
const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** An optional e-mail address: empty is fine, otherwise z.email() with the contract's message. */
export function emailRule(message: string, max?: { length: number; message: string }): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isBlank(value)) return;
      const text = String(value);
      if (!EMAIL_PATTERN.test(text)) return fail(message);
      if (max && text.length > max.length) return fail(max.message);
    },
  };
}

/** A choice that must be made (a native select or a radio group). */
export function requiredRule(message: string): FormRule {
  return { validator: async (_rule, value: unknown) => (isBlank(value) ? fail(message) : undefined) };
}

/** A value matching a pattern, after trimming; blank gives `missing`. */
export function patternRule(pattern: RegExp, messages: { missing: string; malformed: string }): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isBlank(value)) return fail(messages.missing);
      if (!pattern.test(String(value).trim())) return fail(messages.malformed);
    },
  };
}
