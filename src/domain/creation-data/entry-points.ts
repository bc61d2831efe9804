// 运行便捷稳定情况 (Attachment 1) from the platform's service entries (服务入口) active on a day: 创建 asks for a PC
// entry; 认定 for a PC and a mobile entry and "用户无需注册或注册流程在8分钟以内完成".
import type { PlatformFacts } from '../standards/facts';

export interface ActiveEntry {
  kind: 'pc' | 'mobile';
  /** Minutes to complete registration at this entry; null when users need not register there. */
  registrationMinutes: number | null;
}

/**
 * A user may arrive through any of the entries, so the registration rule holds for the platform only when it
 * holds at every entry that asks users to register: the longest registration among them is the platform's. An
 * entry without registration does not excuse a slow one elsewhere (the users of that APP or 小程序 still wait).
 * null — "用户无需注册" — only when no active entry asks for registration.
 */
export function entryFacts(entries: readonly ActiveEntry[]): Pick<PlatformFacts, 'hasPcEntry' | 'hasMobileEntry' | 'registrationMinutes'> {
  const minutes = entries.map((e) => e.registrationMinutes).filter((m): m is number => m !== null);
  return {
    hasPcEntry: entries.some((e) => e.kind === 'pc'),
    hasMobileEntry: entries.some((e) => e.kind === 'mobile'),
    registrationMinutes: minutes.length ? Math.max(...minutes) : null,
  };
}
