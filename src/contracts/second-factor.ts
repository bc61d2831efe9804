// F7 item 3: the TOTP second factor of back-office roles (POST /api/auth/second-factor/…).
import { z } from 'zod';

/** Six digits; spaces people type between the groups of three are dropped. */
export const zSecondFactorCode = z.strictObject({
  code: z
    .string({ error: '请输入6位动态验证码' })
    .transform((value) => value.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { message: '动态验证码应为6位数字' })),
});
export type SecondFactorCodeRequest = z.input<typeof zSecondFactorCode>;

/** What the enrolment page shows: the QR code's URI and the same secret for typing in by hand. */
export interface SecondFactorEnrolment {
  /** otpauth://totp/Shifan:<username>?secret=…&issuer=Shifan&… (Key Uri Format). */
  otpauthUri: string;
  /** The secret in base32, in groups of four. */
  secret: string;
  issuer: string;
  accountName: string;
}
