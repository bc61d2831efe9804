// F7 item 3; 等保2.0 三级 8.1.4.1 b (登录失败处理: 限制非法登录次数, 自动退出); OWASP ASVS 4.0 V2.2.1: five wrong
// passwords in a row lock the account for 30 minutes. While locked even the right password is refused.
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 30 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** After one more wrong password: the new count, and the end of the lock when this failure reached the threshold. */
export function afterFailedLogin(failedLoginCount: number, now: Date): { failedLoginCount: number; lockedUntil: Date | null } {
  const count = failedLoginCount + 1;
  if (count < LOCKOUT_THRESHOLD) return { failedLoginCount: count, lockedUntil: null };
  return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
}

/**
 * A login attempt already counted (claimLoginAttempt) as the `claimed`-th in a row: beyond the threshold it is
 * refused unchecked and locks the account; at the threshold a wrong password locks it.
 */
export function claimedAttemptOutcome(claimed: number): 'check' | 'lockUnchecked' {
  return claimed > LOCKOUT_THRESHOLD ? 'lockUnchecked' : 'check';
}

export function isLockingFailure(claimed: number): boolean {
  return claimed >= LOCKOUT_THRESHOLD;
}

/** "2026年11月28日 10:30" in Asia/Shanghai, whatever the host's zone (DESIGN §3). */
export function formatShanghaiMinute(at: Date): string {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** The minute shown is rounded up, so trying again at the time shown always works. Unlocking is the 安全保密管理员's (三员分立). */
export function lockedMessage(lockedUntil: Date): string {
  const shown = new Date(Math.ceil(lockedUntil.getTime() / 60_000) * 60_000);
  return `连续${LOCKOUT_THRESHOLD}次密码错误，账号已锁定，请于${formatShanghaiMinute(shown)}（北京时间）后再试，或联系安全保密管理员解锁`;
}
