import { describe, expect, it } from 'vitest';
import { SCHEDULE_2025, SCHEDULE_2026 } from '../calendar/state-council-schedules.fixture';
import { publicityWindow, workingCalendar } from '../calendar/working-calendar';
import { NEW_APPLICATION_FACTS } from '../lifecycle/context';
import { AppError } from '../shared/app-error';
import { byCodePoint, inNeutralOrder } from './notice-entries';
import { confirmBlockedReason } from './confirmation';
import { confirmableEntry, isUnderNotice } from './under-notice';
import { countObjection } from './objection-count';
import { formatReceiptNumber, isObjectionOverdue, isObjectionWindowOpen, objectionHandlingDueOn, RECEIPT_NUMBER_PATTERN } from './objection-window';

const Y2025 = SCHEDULE_2025;
const Y2026 = SCHEDULE_2026;
const calendar = workingCalendar([Y2025, Y2026]);

describe('neutral order of notice entries (Art. 8)', () => {
  const entry = (cityCode: string, countyCode: string, name: string, applicationNumber: string) => ({ cityCode, countyCode, name, applicationNumber });

  it('orders by city code, then county code, then name by code point — never by anything else', () => {
    const entries = [
      entry('440300', '440304', '甲平台', 'N1'),
      entry('440100', '440106', '乙平台', 'N2'),
      entry('440100', '440103', '丙平台', 'N3'),
      entry('440100', '440106', '甲平台', 'N4'),
    ];
    // 乙 (U+4E59) comes before 甲 (U+7532) by code point, whatever the pinyin order.
    expect(inNeutralOrder(entries).map((e) => e.applicationNumber)).toEqual(['N3', 'N2', 'N4', 'N1']);
  });

  it.each([
    ['1号平台', 'A平台', -1],
    ['A平台', 'a平台', -1],
    ['a平台', '佛山平台', -1],
    ['佛山平台', '广州平台', -1],
    ['广州', '广州平台', -1],
    ['广州平台', '广州平台', 0],
    // U+FF21 (Ａ) before U+20000 (𠀀) by code point, although its UTF-16 unit is larger than a surrogate's.
    ['Ａ', '𠀀', -1],
  ] as const)('compares %s with %s by code point → %i', (a, b, expected) => {
    expect(byCodePoint(a, b)).toBe(expected);
    expect(byCodePoint(b, a)).toBe(-expected || 0);
  });

  it('breaks a tie on all three by application number, so the order is stable', () => {
    const entries = [entry('440100', '440103', '同名平台', 'GD2026-B'), entry('440100', '440103', '同名平台', 'GD2026-A')];
    expect(inNeutralOrder(entries).map((e) => e.applicationNumber)).toEqual(['GD2026-A', 'GD2026-B']);
    expect(inNeutralOrder([...entries].reverse()).map((e) => e.applicationNumber)).toEqual(['GD2026-A', 'GD2026-B']);
  });

  it('does not change the list it is given', () => {
    const entries = [entry('440300', '440304', '甲', 'N1'), entry('440100', '440103', '乙', 'N2')];
    inNeutralOrder(entries);
    expect(entries[0]?.applicationNumber).toBe('N1');
  });
});

describe('counting objections (Art. 7(2): 异议不属实的，确定为创建对象)', () => {
  it.each([
    [0, 'received', 1],
    [1, 'received', 2],
    [2, 'found_untrue', 1],
    [1, 'found_untrue', 0],
  ] as const)('%i open, %s → %i open', (open, change, expected) => {
    expect(countObjection({ ...NEW_APPLICATION_FACTS, unresolvedObjections: open }, change).unresolvedObjections).toBe(expected);
  });

  it('refuses to resolve an objection that was never counted', () => {
    expect(() => countObjection(NEW_APPLICATION_FACTS, 'found_untrue')).toThrow(/no unresolved objection/);
  });

  it('leaves every other fact alone', () => {
    const facts = { ...NEW_APPLICATION_FACTS, publicityEndsOn: '2026-10-09' };
    expect(countObjection(facts, 'received')).toEqual({ ...facts, unresolvedObjections: 1 });
  });
});

describe('objection window and handling deadline (DESIGN §3)', () => {
  it('published Monday 2026-09-28 → open to 2026-10-09; objections due by the 10th working day after (2026-10-22, the 10-10 make-up Saturday counts)', () => {
    const window = publicityWindow(calendar, '2026-09-28');
    expect(window.end).toBe('2026-10-09');
    expect(objectionHandlingDueOn(calendar, window.end)).toBe('2026-10-22');
  });

  it('published on the Dragon Boat holiday 2025-06-02 → starts 06-03, ends 06-09', () => {
    const window = publicityWindow(calendar, '2025-06-02');
    expect([window.start, window.end]).toEqual(['2025-06-03', '2025-06-09']);
  });

  it.each([
    ['2026-09-27', false],
    ['2026-09-28', true],
    ['2026-10-09', true],
    ['2026-10-10', false],
  ])('objection on %s → open %s', (today, open) => {
    expect(isObjectionWindowOpen({ publishedOn: '2026-09-28', startsOn: '2026-09-28', endsOn: '2026-10-09' }, today)).toBe(open);
  });

  it.each([
    ['received', '2026-10-22', false],
    ['received', '2026-10-23', true],
    ['unfounded', '2026-10-23', false],
    ['upheld', '2026-12-01', false],
  ])('%s objection on %s → overdue %s', (status, today, overdue) => {
    expect(isObjectionOverdue({ status }, '2026-10-22', today)).toBe(overdue);
  });

  it('a deadline reaching a year without a schedule names the year', () => {
    const only2026 = workingCalendar([Y2026]);
    expect(() => objectionHandlingDueOn(only2026, '2026-12-28')).toThrow(AppError);
  });
});

describe('receipt numbers', () => {
  it('carries the day received and the token', () => {
    const receipt = formatReceiptNumber('2026-09-28', '7K2Q9X');
    expect(receipt).toBe('YY-20260928-7K2Q9X');
    expect(RECEIPT_NUMBER_PATTERN.test(receipt)).toBe(true);
  });

  it('refuses a token that is not 6 of 0-9A-Z', () => {
    expect(() => formatReceiptNumber('2026-09-28', 'abc')).toThrow(RangeError);
  });
});

describe('confirming a notice (Art. 7(2))', () => {
  const notice = { stage: 'creation', endsOn: '2026-10-09' };
  // 'elsewhere': withdrawn, decided, or under another notice since (under-notice.ts).
  const entry = (name: string, where: 'under' | 'elsewhere', unresolvedObjections = 0) => ({ name, isUnderNotice: where === 'under', unresolvedObjections });

  it.each([
    ['2026-10-09', [entry('甲', 'under')], '公示期至2026-10-09（含当日）结束，期满后方可确定创建对象。'],
    ['2026-10-10', [entry('甲', 'under')], null],
    ['2026-10-10', [entry('甲', 'under'), entry('乙', 'elsewhere')], null],
    ['2026-10-10', [entry('甲', 'under', 1), entry('乙', 'under')], '尚有异议未核实：甲。请先认定异议是否属实。'],
    ['2026-10-10', [entry('乙', 'elsewhere')], '公示名单中已没有待确定的对象。'],
  ] as const)('on %s → %s', (today, entries, expected) => {
    expect(confirmBlockedReason(notice, entries, today)).toBe(expected);
  });
});

describe('which entries a notice may still move (under-notice.ts, Art. 7(4))', () => {
  const notice = { id: 'n-2', stage: 'certification' };
  const facts = (publicityNoticeId: string | null | undefined) => ({ ...NEW_APPLICATION_FACTS, publicityNoticeId: publicityNoticeId as string | null, unresolvedObjections: 1 });
  it.each([
    ['under this notice', 'certification_publicity', 'n-2', true],
    ['under an earlier notice', 'certification_publicity', 'n-1', false],
    ['taken off by an upheld objection', 'acceptance_review', null, false],
    ['stored before the notice was recorded', 'certification_publicity', undefined, false],
    ['a creation 公示 of the same id', 'creation_publicity', 'n-2', false],
  ] as const)('%s → %s', (_label, state, noticeId, expected) => {
    const application = { state, facts: facts(noticeId) };
    expect(isUnderNotice(application, notice)).toBe(expected);
    expect(confirmableEntry('甲', application, notice)).toEqual({ name: '甲', isUnderNotice: expected, unresolvedObjections: expected ? 1 : 0 });
  });

  it('an entry whose application is missing is not under the notice', () => {
    expect(confirmableEntry('甲', undefined, notice)).toEqual({ name: '甲', isUnderNotice: false, unresolvedObjections: 0 });
  });
});
