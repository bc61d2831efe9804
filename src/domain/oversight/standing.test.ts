import { describe, expect, it } from 'vitest';
import { creationPeriod } from '../creation-data/creation-period';
import type { DashboardRow, IndicatorDashboard } from '../creation-data/indicator-dashboard';
import { currentPeriodYear, isStandingState, last12FullMonths, standingWindowOf, toStanding, toStandingIndicators } from './standing';

// Period 2026-01-05 … 2028-01-05: year 1 2026-01-05 … 2027-01-04, year 2 2027-01-05 … 2028-01-05.
const period = creationPeriod({ creationPeriodEndsOn: '2028-01-05', isExtended: false })!;
const extended = creationPeriod({ creationPeriodEndsOn: '2029-01-05', isExtended: true })!;

describe('last12FullMonths', () => {
  it.each([
    ['2026-11-29', '2025-11-01', '2026-10-31'],
    ['2026-11-01', '2025-11-01', '2026-10-31'],
    ['2026-10-31', '2025-10-01', '2026-09-30'],
    ['2026-01-01', '2025-01-01', '2025-12-31'],
    ['2028-03-15', '2027-03-01', '2028-02-29'],
  ])('on %s → %s … %s', (today, startsOn, endsOn) => {
    expect(last12FullMonths(today)).toMatchObject({ index: 1, startsOn, endsOn });
  });
});

describe('currentPeriodYear', () => {
  it.each([
    ['2026-01-04', period, 1],
    ['2026-01-05', period, 1],
    ['2027-01-04', period, 1],
    ['2027-01-05', period, 2],
    ['2028-01-05', period, 2],
    ['2028-01-06', period, 2],
    ['2028-06-01', extended, 3],
  ])('on %s → year %i', (today, p, index) => {
    expect(currentPeriodYear(p, today).index).toBe(index);
  });
});

describe('standingWindowOf', () => {
  it.each([
    ['creating', '2027-01-05', '2027-01-05', '2028-01-05'],
    ['acceptance_submitted', '2028-02-01', '2027-01-05', '2028-01-05'],
    ['certification_publicity', '2026-05-01', '2026-01-05', '2027-01-04'],
    ['certified', '2028-05-20', '2027-05-01', '2028-04-30'],
    ['re_review', '2028-05-20', '2027-05-01', '2028-04-30'],
    ['rectifying', '2028-05-20', '2027-05-01', '2028-04-30'],
  ])('%s on %s → %s … %s', (state, today, startsOn, endsOn) => {
    expect(standingWindowOf(state, period, today)).toMatchObject({ startsOn, endsOn });
  });

  it.each(['draft', 'submitted', 'shortlisted', 'exited', 'revoked', 'creation_cancelled'])('%s has no standing', (state) => {
    expect(standingWindowOf(state, period, '2027-01-05')).toBeNull();
    expect(isStandingState(state)).toBe(false);
  });
});

const outcome = (passed: boolean | null) => ({ required: '—', actual: null, passed, reason: '' });
const row = (code: string, creation: boolean | null, certification: boolean | null): DashboardRow => ({
  code,
  name: code,
  group: 'g',
  type: 'quantity' as DashboardRow['type'],
  isYearly: false,
  actualText: '—',
  creation: outcome(creation),
  certification: outcome(certification),
  notes: [],
});

describe('toStandingIndicators / toStanding', () => {
  it('copies each row’s creation and certification outcome, expert ones as null', () => {
    const rows = [row('platform.served', true, false), row('platform.digitalBase', null, null), row('platform.satisfaction', true, true)];
    expect(toStandingIndicators(rows)).toEqual([
      { code: 'platform.served', isCreationMet: true, isCertificationMet: false },
      { code: 'platform.digitalBase', isCreationMet: null, isCertificationMet: null },
      { code: 'platform.satisfaction', isCreationMet: true, isCertificationMet: true },
    ]);
  });

  it('takes the window, the set version and the overall outcomes of the dashboard', () => {
    const dashboard: IndicatorDashboard = {
      standardVersion: 'guangdong-2025-v1',
      window: { index: 1, label: 'x', startsOn: '2027-01-05', endsOn: '2028-01-05' },
      rows: [row('a', true, false)],
      isCreationMet: true,
      isCertificationMet: false,
      notes: [],
    };
    expect(toStanding(dashboard)).toEqual({
      standardVersion: 'guangdong-2025-v1',
      windowStartsOn: '2027-01-05',
      windowEndsOn: '2028-01-05',
      indicators: [{ code: 'a', isCreationMet: true, isCertificationMet: false }],
      isCreationMet: true,
      isCertificationMet: false,
    });
  });
});
