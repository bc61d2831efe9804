// The publish form edits holiday spans and single make-up working days; the request carries plain dates.
// These convert between the two, and move the server's (or zod's) issues onto the row that holds the date.
import type { CalendarYearDetail, PublishCalendarYearRequest } from '../../../../src/contracts/calendar';
import type { FieldIssue } from '../../lib/form-errors';
import { expandRanges, toRanges, type DateRange } from './date-ranges';

/** Form values with dates already formatted as YYYY-MM-DD (the page converts its date pickers). */
export interface PublishFormDates {
  year: number | null;
  holidayRanges: DateRange[];
  workdays: string[];
  note: string;
}

export function toPublishBody(values: PublishFormDates): { body: Partial<PublishCalendarYearRequest>; rangeOf: number[] } {
  const { dates, rangeOf } = expandRanges(values.holidayRanges);
  return { body: { year: values.year ?? undefined, holidays: dates, workdays: values.workdays, note: values.note }, rangeOf };
}

export function toFormIssues(issues: FieldIssue[], rangeOf: readonly number[]): FieldIssue[] {
  return issues.map((issue) => {
    const [field, index] = issue.path;
    if (field === 'holidays' && typeof index === 'number') return { ...issue, path: ['holidayRanges', rangeOf[index] ?? 0, 'range'] };
    if (field === 'holidays') return { ...issue, path: ['holidayRanges'] };
    if (field === 'workdays' && typeof index === 'number') return { ...issue, path: ['workdays', index, 'date'] };
    return issue;
  });
}

/** A correction starts from the version in force. */
export function fromDetail(detail: CalendarYearDetail): PublishFormDates {
  return { year: detail.year, holidayRanges: toRanges(detail.holidays), workdays: [...detail.workdays], note: '' };
}
