import { z } from 'zod';
import { ROLES } from '../domain/shared/roles';
import { PASSWORD_MESSAGES, findPasswordProblem } from '../domain/shared/password-policy';

export const zLoginRequest = z.strictObject({
  username: z.string({ error: '请输入用户名' }).trim().min(1, { message: '请输入用户名' }).max(64, { message: '用户名不能超过64个字符' }),
  password: z.string({ error: '请输入密码' }).min(1, { message: '请输入密码' }).max(256, { message: '密码过长' }),
});
export type LoginRequest = z.infer<typeof zLoginRequest>;

export const zNewPassword = z.string({ error: '请输入新密码' }).superRefine((password, ctx) => {
  const problem = findPasswordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem] });
});

export const zChangePasswordRequest = z.strictObject({
  currentPassword: z.string({ error: '请输入当前密码' }).min(1, { message: '请输入当前密码' }).max(256, { message: '密码过长' }),
  newPassword: zNewPassword,
});
export type ChangePasswordRequest = z.infer<typeof zChangePasswordRequest>;

/** What the browser knows about the signed-in person (GET /api/auth/me, POST /api/auth/login). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: (typeof ROLES)[number];
  roleLabel: string;
  cityCode: string | null;
  cityName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  mustChangePassword: boolean;
  /**
   * Why the password must be changed now (F7 item 3): a first or reset password, or one older than 90 days.
   * Null when mustChangePassword is false.
   */
  passwordChangeReason: 'initial' | 'expired' | null;
  /**
   * The TOTP second factor of a back-office session (F7 item 3): 'enrol' (no authenticator yet: set one up),
   * 'verify' (give the current code) or 'done' (proved, or not asked for this role or mode).
   */
  secondFactor: SecondFactorState;
}

export type SecondFactorState = 'enrol' | 'verify' | 'done';
