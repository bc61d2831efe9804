// F7 item 2: what the system administrator sees about an account — never business data. 已锁定 comes from
// the login-failure lock (F7 item 3; 等保2.0 三级 8.1.4.1 登录失败处理); a disabled account is shown as disabled
// even while a lock is still running, because only enabling it can bring it back.
export type AccountStatus = 'active' | 'disabled' | 'locked';

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  active: '正常',
  disabled: '已停用',
  locked: '已锁定',
};

export function accountStatusOf(account: { isDisabled: boolean; lockedUntil: Date | null }, now: Date): AccountStatus {
  if (account.isDisabled) return 'disabled';
  if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime()) return 'locked';
  return 'active';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the password was last set (0 on the day itself). */
export function passwordAgeDays(passwordChangedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - passwordChangedAt.getTime()) / DAY_MS));
}
