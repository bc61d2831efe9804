// Test data: the State Council holiday schedules for 2025 and 2026 (国办发明电〔2024〕12号, 〔2025〕7号), as the
// database is seeded from chinese-days. Shared by the tests that compute working days from real schedules.
import { addDays } from './day-arithmetic';
import type { CalendarYear } from './working-calendar';

const span = (from: string, to: string): string[] => {
  const days = [from];
  while (days[days.length - 1] !== to) days.push(addDays(days[days.length - 1] as string, 1));
  return days;
};

export const SCHEDULE_2025: CalendarYear = {
  year: 2025,
  holidays: ['2025-01-01', ...span('2025-01-28', '2025-02-04'), ...span('2025-04-04', '2025-04-06'), ...span('2025-05-01', '2025-05-05'), ...span('2025-05-31', '2025-06-02'), ...span('2025-10-01', '2025-10-08')],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export const SCHEDULE_2026: CalendarYear = {
  year: 2026,
  holidays: [
    ...span('2026-01-01', '2026-01-03'),
    ...span('2026-02-15', '2026-02-23'),
    ...span('2026-04-04', '2026-04-06'),
    ...span('2026-05-01', '2026-05-05'),
    ...span('2026-06-19', '2026-06-21'),
    ...span('2026-09-25', '2026-09-27'),
    ...span('2026-10-01', '2026-10-07'),
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
