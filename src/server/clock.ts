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
