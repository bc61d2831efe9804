// When objections to a 公示 are taken and by when the province must have answered them (Art. 7(2)(4), DESIGN §3).
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-calendar';
import type { PlainDate } from '../shared/plain-date';

// Decision (the measures set no term for verifying an objection): the province resolves every objection within
// 10 working days after the last day of the 公示. Unresolved objections past that day are flagged as overdue; the
// date is stored with the notice (handling_due_on) so a later change of this rule does not move old deadlines.
export const OBJECTION_HANDLING_WORKING_DAYS = 10;

export function objectionHandlingDueOn(calendar: WorkingCalendar, publicityEndsOn: PlainDate): PlainDate {
  return addWorkingDays(calendar, publicityEndsOn, OBJECTION_HANDLING_WORKING_DAYS);
}

export interface NoticeWindow {
  publishedOn: PlainDate;
  startsOn: PlainDate;
  endsOn: PlainDate;
}

// Objections are taken from the day the notice is visible (a notice published on a Saturday can be objected to at
// once, although its 5 working days start on Monday) up to the end of its last working day.
export function isObjectionWindowOpen(window: NoticeWindow, today: PlainDate): boolean {
  return window.publishedOn <= today && today <= window.endsOn;
}

export function isObjectionOverdue(objection: { status: string }, handlingDueOn: PlainDate, today: PlainDate): boolean {
  return objection.status === 'received' && today > handlingDueOn;
}

const RECEIPT_TOKEN = /^[0-9A-Z]{6}$/;

/** 异议受理回执号, e.g. YY-20260928-7K2Q9X: the day received and a random token (not a guessable sequence). */
export function formatReceiptNumber(receivedOn: PlainDate, token: string): string {
  if (!RECEIPT_TOKEN.test(token)) throw new RangeError(`receipt token must be 6 of 0-9A-Z: ${token}`);
  return `YY-${receivedOn.replaceAll('-', '')}-${token}`;
}

export const RECEIPT_NUMBER_PATTERN = /^YY-\d{8}-[0-9A-Z]{6}$/;
