// Field schemas shared by the server's request validation and the web forms, so both show the same Chinese
// message for the same mistake.
import { z } from 'zod';
import { CREDIT_CODE_MESSAGES, findCreditCodeProblem, normaliseCreditCode } from '../domain/credit-code/credit-code';
import { PHONE_MESSAGES, PHONE_PATTERN } from '../domain/shared/phone';
import { MIN_ENTERED_YEAR, isPlainDate } from '../domain/shared/plain-date';

// Messages zod writes itself (a field we did not word, e.g. a body that is not an object) come in Chinese too.
z.config(z.locales.zhCN());

export const zCreditCode = z
  .string({ error: '请输入统一社会信用代码' })
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const problem = findCreditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] });
  });


export const zPlainDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .refine(isPlainDate, { message: `${label}格式应为YYYY-MM-DD的有效日期` })
    .refine((value) => Number(value.slice(0, 4)) >= MIN_ENTERED_YEAR, { message: `${label}的年份不能早于${MIN_ENTERED_YEAR}年` });

export const zText = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { message: min <= 1 ? `请填写${label}` : `${label}至少${min}个字` })
    .max(max, { message: `${label}不能超过${max}个字` });

// Mainland mobile numbers, or a landline with area code (e.g. 020-12345678).
export const zPhone = z.string({ error: PHONE_MESSAGES.missing }).trim().regex(PHONE_PATTERN, { message: PHONE_MESSAGES.malformed });

export const zPageQuery = z.strictObject({
  page: z.coerce.number({ error: '页码应为数字' }).int({ message: '页码应为整数' }).min(1, { message: '页码最小为1' }).default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ message: '每页条数应为整数' })
    .min(1, { message: '每页条数最小为1' })
    .max(100, { message: '每页条数最大为100' })
    .default(20),
});

/** For routes that take no parameters: anything sent is an unknown field. */
export const zNoInput = z.strictObject({}).optional();

/** A record id in a path or body; the message names the field. */
export const zUuid = (label: string) => z.uuid({ message: `${label}格式有误` });
