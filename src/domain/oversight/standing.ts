// Where a creation object or a certified platform/base stands now against its standard set (F8 item 1; Art. 13, 15;
// ADR 0021): which window it is judged on, and the F4 indicator dashboard of that window reduced to what the oversight
// dashboards count. The rules themselves are the F4 dashboard's (buildIndicatorDashboard → evaluateStandards); this
// file only picks the window and copies the outcomes, so a standing can never disagree with the object's dashboard.
import { addCalendarMonths, addDays } from '../calendar/day-arithmetic';
import type { CreationPeriod, PeriodWindow } from '../creation-data/creation-period';
import type { IndicatorDashboard } from '../creation-data/indicator-dashboard';
import type { LifecycleState } from '../lifecycle/states';
import type { PlainDate } from '../shared/plain-date';

/** In the creation period (Art. 7(2)) up to the 拟认定公示: judged on the current year of the period. */
export const STANDING_CREATION_STATES = [
  'creating',
  'acceptance_submitted',
  'acceptance_review',
  'certification_shortlisted',
  'certification_publicity',
] as const satisfies readonly LifecycleState[];

/** Certified and under (or back from) re-review (Art. 10): judged on the last 12 full months. */
export const STANDING_CERTIFIED_STATES = ['certified', 're_review', 'rectifying'] as const satisfies readonly LifecycleState[];

export const STANDING_STATES = [...STANDING_CREATION_STATES, ...STANDING_CERTIFIED_STATES] as const;

export function isStandingState(state: string): boolean {
  return (STANDING_STATES as readonly string[]).includes(state);
}

export function isCreationStandingState(state: string): boolean {
  return (STANDING_CREATION_STATES as readonly string[]).includes(state);
}

/** One indicator's standing: true 达到, false 未达到, null 专家评审 (DESIGN §7). Same shape as the stored jsonb. */
export interface StandingIndicator {
  code: string;
  isCertificationMet: boolean | null;
  isCreationMet: boolean | null;
}

export interface Standing {
  standardVersion: string;
  windowStartsOn: PlainDate;
  windowEndsOn: PlainDate;
  indicators: StandingIndicator[];
  isCreationMet: boolean;
  isCertificationMet: boolean;
}

export const LAST_12_MONTHS_LABEL = '最近12个完整月';

/**
 * The last 12 full calendar months before `today` (ADR 0021): on 2026-11-29 → 2025-11-01 … 2026-10-31. Index 1: it
 * is one year, so the yearly thresholds ("年服务…家以上") are judged on it, as on a period year. It only moves on the
 * 1st of a month, so a certified object's standing is recomputed for the new window once a month, not every day.
 */
export function last12FullMonths(today: PlainDate): PeriodWindow {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  return { index: 1, label: LAST_12_MONTHS_LABEL, startsOn: addCalendarMonths(firstOfMonth, -12), endsOn: addDays(firstOfMonth, -1) };
}

/**
 * The creation-period year containing `today` (as the object's own screen opens on, creation-object-view.ts
 * currentWindow); after the period's last day (acceptance still running) its last year, before its first day its
 * first year — the figures the acceptance will be judged on.
 */
export function currentPeriodYear(period: CreationPeriod, today: PlainDate): PeriodWindow {
  const years = period.years;
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) throw new Error('a creation period has at least one year');
  if (today < first.startsOn) return first;
  return years.find((y) => today >= y.startsOn && today <= y.endsOn) ?? last;
}

/** The window a standing is computed for; null when the state has no standing (not collecting data). */
export function standingWindowOf(state: string, period: CreationPeriod, today: PlainDate): PeriodWindow | null {
  if (isCreationStandingState(state)) return currentPeriodYear(period, today);
  if ((STANDING_CERTIFIED_STATES as readonly string[]).includes(state)) return last12FullMonths(today);
  return null;
}

/** The dashboard's rows as the stored indicators: the creation and certification outcomes, code by code. */
export function toStandingIndicators(rows: IndicatorDashboard['rows']): StandingIndicator[] {
  return rows.map((row) => ({ code: row.code, isCertificationMet: row.certification.passed, isCreationMet: row.creation.passed }));
}

export function toStanding(dashboard: IndicatorDashboard): Standing {
  return {
    standardVersion: dashboard.standardVersion,
    windowStartsOn: dashboard.window.startsOn,
    windowEndsOn: dashboard.window.endsOn,
    indicators: toStandingIndicators(dashboard.rows),
    isCreationMet: dashboard.isCreationMet,
    isCertificationMet: dashboard.isCertificationMet,
  };
}
