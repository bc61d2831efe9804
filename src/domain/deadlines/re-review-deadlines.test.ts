import { describe, expect, it } from 'vitest';
import { openReReviewActions, reReviewObjectActions, type OpenReReviewFacts } from './re-review-deadlines';

const review = (patch: Partial<OpenReReviewFacts> = {}): OpenReReviewFacts => ({
  id: 'r1',
  applicationId: 'a1',
  name: '某平台',
  organisationId: 'o1',
  cityCode: '440100',
  roundTitle: '2030年度运行和服务情况复核',
  reportDueOn: '2030-03-31',
  cityDueOn: '2030-04-30',
  isSubmitted: false,
  isAssessed: false,
  ...patch,
});
const keys = (today: string, patch: Partial<OpenReReviewFacts> = {}) => openReReviewActions(review(patch), today).map((a) => a.key);

describe('openReReviewActions (ADR 0016)', () => {
  it.each([
    ['2030-03-23', []],
    ['2030-03-24', ['re-review.report-reminder:r1:2030-03-31:7']],
    ['2030-03-25', ['re-review.report-reminder:r1:2030-03-31:7']],
    ['2030-03-30', ['re-review.report-reminder:r1:2030-03-31:1']],
    ['2030-03-31', ['re-review.report-reminder:r1:2030-03-31:1']],
    ['2030-04-01', ['re-review.report-overdue:r1:2030-03-31']],
    ['2030-04-23', ['re-review.report-overdue:r1:2030-03-31', 're-review.assessment-reminder:r1:2030-04-30:7']],
    ['2030-04-29', ['re-review.report-overdue:r1:2030-03-31', 're-review.assessment-reminder:r1:2030-04-30:1']],
    ['2030-04-30', ['re-review.report-overdue:r1:2030-03-31', 're-review.assessment-reminder:r1:2030-04-30:1']],
    ['2030-05-01', ['re-review.report-overdue:r1:2030-03-31', 're-review.assessment-overdue:r1:2030-04-30']],
  ])('nothing done, on %s → %o', (today, expected) => {
    expect(keys(today)).toEqual(expected);
  });

  it.each([
    ['2030-03-30', { isSubmitted: true }, []],
    ['2030-04-01', { isSubmitted: true }, []],
    ['2030-04-29', { isSubmitted: true }, ['re-review.assessment-reminder:r1:2030-04-30:1']],
    ['2030-05-01', { isSubmitted: true }, ['re-review.assessment-overdue:r1:2030-04-30']],
    ['2030-04-01', { isAssessed: true }, []],
    ['2030-05-01', { isSubmitted: true, isAssessed: true }, []],
  ])('on %s with %o → %o', (today, patch, expected) => {
    expect(keys(today, patch)).toEqual(expected);
  });

  it('tells the operator, the city and the province', () => {
    const [reminder] = openReReviewActions(review(), '2030-03-31');
    expect(reminder).toMatchObject({ recipients: [{ role: 'applicant', organisationId: 'o1' }], title: '请提交运行和服务情况报告', link: '/workspace/creation-objects/a1?tab=re-review' });
    expect(reminder?.body).toContain('今天截止');
    const overdue = openReReviewActions(review(), '2030-05-01');
    expect(overdue.map((a) => a.recipients)).toEqual([[{ role: 'city', cityCode: '440100' }], [{ role: 'province' }]]);
  });
});

describe('reReviewObjectActions', () => {
  const object = { id: 'a1', name: '某平台', state: 'certified', reReviewDueOn: '2030-03-01', rectificationEndsOn: null };
  it.each([
    ['2030-01-29', object, []],
    ['2030-01-30', object, ['re-review.due-reminder:a1:2030-03-01']],
    ['2030-03-01', object, ['re-review.due-reminder:a1:2030-03-01']],
    ['2030-03-02', object, []],
    ['2030-01-30', { ...object, reReviewDueOn: null }, []],
    ['2031-04-01', { ...object, state: 'rectifying', rectificationEndsOn: '2031-04-01' }, []],
    ['2031-04-02', { ...object, state: 'rectifying', rectificationEndsOn: '2031-04-01' }, ['re-review.rectification-ended:a1:2031-04-01']],
    ['2031-06-02', { ...object, state: 'rectifying', rectificationEndsOn: '2031-04-01' }, ['re-review.rectification-ended:a1:2031-04-01']],
    ['2030-01-30', { ...object, state: 're_review' }, []],
  ])('on %s for %o → %o', (today, facts, expected) => {
    expect(reReviewObjectActions(facts, today).map((a) => a.key)).toEqual(expected);
  });
});
