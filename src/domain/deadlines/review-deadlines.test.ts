import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/day-arithmetic';
import { acceptanceReviewActions, cityReviewActions, noticeActions, type NoticeFacts } from './review-deadlines';

const notice = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  id: 'n-1',
  title: '拟创建对象公示',
  stage: 'creation',
  endsOn: '2026-10-09',
  handlingDueOn: '2026-10-23',
  entriesUnderPublicity: 2,
  openObjections: 0,
  ...overrides,
});
const keys = (actions: { key: string }[]) => actions.map((a) => a.key);

describe('公示 window closed', () => {
  it.each([
    ['2026-10-09', []],
    ['2026-10-10', ['notice.window-closed:n-1:2026-10-09']],
    ['2026-12-31', ['notice.window-closed:n-1:2026-10-09']],
  ] as const)('on %s → %j', (today, expected) => {
    expect(keys(noticeActions(notice(), today))).toEqual(expected);
  });

  it.each([
    ['creation', '公示期已结束，待确定创建对象'],
    ['certification', '公示期已结束，待发文公告正式认定'],
  ] as const)('a %s notice names the next step: %s', (stage, title) => {
    expect(noticeActions(notice({ stage }), '2026-10-10')[0]).toMatchObject({ title, recipients: [{ role: 'province' }], link: '/workspace/notices/n-1' });
  });

  it('nothing once every entry has been decided (confirmed, rejected or withdrawn)', () => {
    expect(noticeActions(notice({ entriesUnderPublicity: 0 }), '2026-10-10')).toEqual([]);
  });
});

describe('objection handling', () => {
  const withObjections = notice({ entriesUnderPublicity: 0, openObjections: 2 });
  it.each([
    [8, []],
    [7, ['objections.reminder:n-1:2026-10-23:7']],
    [6, ['objections.reminder:n-1:2026-10-23:7']],
    [2, ['objections.reminder:n-1:2026-10-23:7']],
    [1, ['objections.reminder:n-1:2026-10-23:1']],
    [0, ['objections.reminder:n-1:2026-10-23:1']],
    [-1, ['objections.overdue:n-1:2026-10-23']],
  ] as const)('%i days before the handling day → %j', (daysBefore, expected) => {
    expect(keys(noticeActions(withObjections, addDays('2026-10-23', -daysBefore)))).toEqual(expected);
  });

  it('reminds the province and escalates an overdue notice to the auditors', () => {
    expect(noticeActions(withObjections, '2026-10-22')[0]?.recipients).toEqual([{ role: 'province' }]);
    expect(noticeActions(withObjections, '2026-10-24')[0]).toMatchObject({ recipients: [{ role: 'auditor' }], title: '公示异议逾期未核实' });
  });

  it('nothing when every objection has been decided', () => {
    expect(noticeActions(notice({ entriesUnderPublicity: 0 }), '2026-10-22')).toEqual([]);
    expect(noticeActions(notice({ entriesUnderPublicity: 0 }), '2026-10-24')).toEqual([]);
  });
});

describe('city initial review', () => {
  const pending = { id: 'a-1', name: '某平台', cityCode: '440100', cityReviewDeadline: '2026-05-29' };
  it.each([
    ['2026-05-28', []],
    ['2026-05-29', []],
    ['2026-05-30', ['city-review.overdue:a-1:2026-05-29']],
  ] as const)('on %s → %j', (today, expected) => {
    expect(keys(cityReviewActions(pending, today))).toEqual(expected);
  });

  it('escalates to the province, naming the city', () => {
    expect(cityReviewActions(pending, '2026-05-30')[0]).toMatchObject({ recipients: [{ role: 'province' }], body: expect.stringContaining('广州市') });
  });
});

describe('acceptance review open long', () => {
  const review = { id: 'r-1', applicationId: 'a-1', name: '某平台', attempt: 1, startedOn: '2028-01-10', reopenedOn: null };
  it.each([
    [59, []],
    [60, ['acceptance-review.open-long:r-1']],
    [61, ['acceptance-review.open-long:r-1']],
  ] as const)('%i days after the start → %j', (days, expected) => {
    expect(keys(acceptanceReviewActions(review, addDays('2028-01-10', days)))).toEqual(expected);
  });

  it('reminds the province with the day the review became long', () => {
    expect(acceptanceReviewActions(review, '2028-03-10')[0]).toMatchObject({ recipients: [{ role: 'province' }], dueOn: '2028-03-10' });
  });

  // A revision reopened by an upheld 拟认定公示 objection on 2029-01-20 keeps the attempt's start for display.
  const revision = { ...review, id: 'r-2', reopenedOn: '2029-01-20' };
  it.each([
    [0, []],
    [59, []],
    [60, ['acceptance-review.open-long:r-2']],
  ] as const)('a revision: %i days after it was reopened → %j', (days, expected) => {
    expect(keys(acceptanceReviewActions(revision, addDays('2029-01-20', days)))).toEqual(expected);
  });

  it('a revision’s reminder names the day it was reopened', () => {
    expect(acceptanceReviewActions(revision, '2029-03-21')[0]).toMatchObject({ dueOn: '2029-03-21', body: expect.stringContaining('2029年1月20日重新作出结论') });
  });
});
