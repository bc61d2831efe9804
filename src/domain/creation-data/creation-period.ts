// The creation period (创建期, Art. 7(2)(3)) as the years the indicators are counted in. The lifecycle keeps only
// its last day (LifecycleFacts.creationPeriodEndsOn, set to the confirmation day + 2 years, + 1 more when extended);
// the first day and the years follow from it. "年服务…" thresholds are yearly (Attachment 1), so each period year is
// assessed on its own and the whole period is shown beside them.
import { addCalendarYears, addDays } from '../calendar/day-arithmetic';
import type { PlainDate } from '../shared/plain-date';

export const CREATION_YEARS = 2;
export const EXTENSION_YEARS = 1;

export interface PeriodWindow {
  /** 1 for the first year of the period, 2 for the second, …; 0 for the whole period. */
  index: number;
  label: string;
  startsOn: PlainDate;
  /** Inclusive. */
  endsOn: PlainDate;
}

export interface CreationPeriod {
  startsOn: PlainDate;
  endsOn: PlainDate;
  years: PeriodWindow[];
  whole: PeriodWindow;
}

const YEAR_LABELS = ['第一年', '第二年', '第三年（延期）'];

export function creationPeriod(facts: { creationPeriodEndsOn: PlainDate | null; isExtended: boolean }): CreationPeriod | null {
  const end = facts.creationPeriodEndsOn;
  if (!end) return null;
  const yearCount = CREATION_YEARS + (facts.isExtended ? EXTENSION_YEARS : 0);
  const startsOn = addCalendarYears(end, -yearCount);
  const years: PeriodWindow[] = [];
  for (let i = 1; i <= yearCount; i += 1) {
    const yearStart = addCalendarYears(startsOn, i - 1);
    const yearEnd = i === yearCount ? end : addDays(addCalendarYears(startsOn, i), -1);
    years.push({ index: i, label: `创建期${YEAR_LABELS[i - 1] ?? `第${i}年`}`, startsOn: yearStart, endsOn: yearEnd });
  }
  return { startsOn, endsOn: end, years, whole: { index: 0, label: '整个创建期', startsOn, endsOn: end } };
}

export function isWithin(date: PlainDate, window: { startsOn: PlainDate; endsOn: PlainDate }): boolean {
  return date >= window.startsOn && date <= window.endsOn;
}
