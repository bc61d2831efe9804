// F7 item 2 (三员分立, ADR 0020): split knowledge of a one-time password. The system administrator sees the first
// half, the security administrator issues the second; only the holder, told both, knows the whole password
// (等保2.0 三级 8.1.4.2 管理员权限分离). Pure: the caller supplies the password, the row and the time.
import { INITIAL_PASSWORD_LENGTH } from './initial-password';

export const HANDOVER_HALF_LENGTH = INITIAL_PASSWORD_LENGTH / 2;

export const HANDOVER_KINDS = ['created', 'reset'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

export const HANDOVER_KIND_LABELS: Record<HandoverKind, string> = { created: '新建账号', reset: '重置密码' };

export function isHandoverKind(value: string): value is HandoverKind {
  return (HANDOVER_KINDS as readonly string[]).includes(value);
}

export interface PasswordHalves {
  firstHalf: string;
  secondHalf: string;
}

export function splitOneTimePassword(password: string): PasswordHalves {
  if (password.length !== INITIAL_PASSWORD_LENGTH) throw new Error(`splitOneTimePassword expects ${INITIAL_PASSWORD_LENGTH} characters`);
  return { firstHalf: password.slice(0, HANDOVER_HALF_LENGTH), secondHalf: password.slice(HANDOVER_HALF_LENGTH) };
}

/** What the system administrator reads next to the first half. */
export const FIRST_HALF_EXPLANATION =
  '这是一次性密码的第一段（共8位）。第二段由安全保密管理员在“角色授权—待发放密码”中单独发放；请分别交给本人，由本人把两段连在一起（第一段在前）作为密码登录，首次登录时必须修改密码。';

/** What the security administrator reads next to the second half. */
export const SECOND_HALF_EXPLANATION =
  '这是一次性密码的第二段（共8位），只显示这一次。第一段由系统管理员交给本人；本人把两段连在一起（第一段在前）作为密码登录，首次登录时必须修改密码。';

export type HandoverState = 'pending' | 'issued' | 'superseded';

export function handoverStateOf(row: { issuedAt: Date | null; supersededAt: Date | null }): HandoverState {
  if (row.issuedAt) return 'issued';
  if (row.supersededAt) return 'superseded';
  return 'pending';
}

/** Why a handover that is not pending cannot be issued (409): a second issue would let a copy exist. */
export const HANDOVER_REFUSALS: Record<Exclude<HandoverState, 'pending'>, string> = {
  issued: '该密码第二段已经发放过，不能再次发放；如本人未收到，请系统管理员重新重置密码',
  superseded: '该密码第二段已作废：系统管理员此后又重置了该账号的密码，请发放最新的一条',
};
