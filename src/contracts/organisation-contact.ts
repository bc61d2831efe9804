// 单位对外服务电话/网址 (F6 item 1; ADR 0017): the organisation's public contact, shown in the registry beside each of
// its platforms and bases. Edited by the organisation's own applicant; the contact person's phone and e-mail are
// separate and never published.
import { z } from 'zod';
import { isWebAddress } from '../domain/registry/web-address';

export const MAX_WEBSITE_CHARS = 200;

/** A mobile number, a landline with its area code, or a 400/800 service number. */
export const PUBLIC_PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[48]00-?\d{3}-?\d{4})$/;
export const PUBLIC_PHONE_MESSAGE = '对外服务电话应为11位手机号、带区号的固定电话（如020-12345678）或400/800电话';

/** Empty means "none": the field is cleared. */
const optionalText = (label: string, inner: z.ZodType<string, string>) =>
  z
    .union([z.null(), z.string().trim().pipe(z.union([z.literal(''), inner]))], { error: `${label}应为一段文字` })
    .optional()
    .transform((value) => (value ? value : null));

export const zPublicContact = z.strictObject({
  publicPhone: optionalText('对外服务电话', z.string().regex(PUBLIC_PHONE_PATTERN, { message: PUBLIC_PHONE_MESSAGE })),
  website: optionalText(
    '单位网址',
    z
      .string()
      .max(MAX_WEBSITE_CHARS, { message: `单位网址不能超过${MAX_WEBSITE_CHARS}个字符` })
      .refine(isWebAddress, { message: '单位网址应为以http://或https://开头的完整网址，如https://www.example.cn' }),
  ),
});
export type PublicContactRequest = z.input<typeof zPublicContact>;

export interface OrganisationPublicContact {
  organisationId: string;
  publicPhone: string | null;
  website: string | null;
  /** Whether the reader may change them (the organisation's own applicant). */
  canEdit: boolean;
}
