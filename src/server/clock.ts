import { readFileSync } from 'node:fs';
import type { PlainDate } from '../domain/shared/plain-date';

// The only place that reads the system clock; everything else is handed a Clock (tests pass a fixed one).
export interface Clock {
  now(): Date;
  /** Today's date in Asia/Shanghai, whatever the host's time zone (DESIGN §3). */
  today(): PlainDate;
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function shanghaiDateOf(instant: Date): PlainDate {
  return shanghaiDate.format(instant);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => shanghaiDateOf(new Date()),
};

export function fixedClock(instant: Date): Clock & { set(next: Date): void } {
  let current = instant;
  return {
    now: () => new Date(current),
    today: () => shanghaiDateOf(current),
    set(next: Date) {
      current = next;
    },
  };
}

/**
 * Demo and browser journeys only (SHIFAN_CLOCK_FILE, refused in production by config.ts): the time is read from
 * a file holding an ISO instant, so a journey can move through a 公示 window or a creation period the way the
 * calendar would. No file, or an unreadable one, means the system time.
 */
export function fileClock(filePath: string): Clock {
  const now = (): Date => {
    try {
      const instant = new Date(readFileSync(filePath, 'utf8').trim());
      return Number.isNaN(instant.getTime()) ? new Date() : instant;
    } catch {
      return new Date();
    }
  };
  return { now, today: () => shanghaiDateOf(now()) };
}
