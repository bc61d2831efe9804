// A contact phone number as the forms accept it: a mainland mobile number, or a landline with its area code
// (e.g. 020-12345678). Plain data, so the public pages check it without loading zod (F6 item 5); zPhone in
// src/contracts/fields.ts uses the same pattern and messages.
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_MESSAGES = { missing: '请填写联系电话', malformed: '联系电话应为11位手机号或带区号的固定电话' } as const;
