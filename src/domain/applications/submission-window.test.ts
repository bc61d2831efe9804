import { describe, expect, it } from 'vitest';
import { chineseDate } from '../shared/plain-date';
import { returnForRevisionProblem, submissionDeadline, submissionWindowProblem } from './submission-window';

const CALL = { opensOn: '2027-03-01', closesOn: '2027-04-30', cityReviewDeadline: '2027-05-31' };

describe('the submission window (Art. 7(1)), both ends inclusive', () => {
  it.each([
    ['2027-02-28', false, '申报将于2027年3月1日0时开始，请届时提交'],
    ['2027-03-01', false, null],
    ['2027-04-30', false, null],
    ['2027-05-01', false, '申报已于2027年4月30日24时截止'],
    ['2027-05-01', true, null],
    ['2027-05-31', true, null],
    ['2027-06-01', true, '退回修改后的重新提交已于2027年5月31日24时（地市初审截止）截止'],
  ] as const)('on %s (resubmission %s) → %s', (today, isResubmission, expected) => {
    expect(submissionWindowProblem(CALL, today, isResubmission)).toBe(expected);
  });

  it('names the deadline that applies and writes dates the Chinese way', () => {
    expect(submissionDeadline(CALL, false)).toBe('2027-04-30');
    expect(submissionDeadline(CALL, true)).toBe('2027-05-31');
    expect(chineseDate('2027-01-05')).toBe('2027年1月5日');
  });
});

describe('returning for revision is possible only while a resubmission is (初审截止日, inclusive)', () => {
  it.each([
    ['2027-05-01', null],
    ['2027-05-31', null],
    ['2027-06-01', '初审已于2027年5月31日24时截止，申报单位已不能重新提交，不能再退回修改，请作出推荐或不予推荐的决定'],
  ] as const)('on %s → %s', (today, expected) => {
    expect(returnForRevisionProblem(CALL, today)).toBe(expected);
    // The two rules agree: a return is refused exactly when its resubmission would be.
    expect(returnForRevisionProblem(CALL, today) === null).toBe(submissionWindowProblem(CALL, today, true) === null);
  });
});
