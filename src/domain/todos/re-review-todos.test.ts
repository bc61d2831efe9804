import { describe, expect, it } from 'vitest';
import { reReviewTodos, type OpenReReviewTodoFact } from './re-review-todos';

const open = (patch: Partial<OpenReReviewTodoFact> = {}): OpenReReviewTodoFact => ({
  applicationId: 'a1',
  reportDueOn: '2030-03-31',
  cityDueOn: '2030-04-30',
  isSubmitted: false,
  isAssessed: false,
  ...patch,
});
const keys = (role: 'applicant' | 'city' | 'province' | 'auditor', today: string, openReReviews: OpenReReviewTodoFact[], dueToday = 0, scheduledRounds = 0) =>
  reReviewTodos({ role, today, openReReviews, dueToday, scheduledRounds }).map((t) => `${t.key}:${t.count}`);

describe('reReviewTodos (ADR 0016)', () => {
  it.each([
    ['applicant', '2030-03-01', [open()], ['reReview.report:1']],
    ['applicant', '2030-04-01', [open()], ['reReview.report:1']],
    ['applicant', '2030-03-01', [open({ isSubmitted: true })], []],
    ['applicant', '2030-04-01', [open({ isAssessed: true })], []],
    ['city', '2030-03-31', [open()], []],
    ['city', '2030-04-01', [open()], ['reReview.assess:1']],
    ['city', '2030-03-01', [open({ isSubmitted: true })], ['reReview.assess:1']],
    ['city', '2030-03-01', [open({ isSubmitted: true, isAssessed: true })], []],
    ['province', '2030-04-30', [open({ isSubmitted: true })], []],
    ['province', '2030-05-01', [open({ isSubmitted: true })], ['reReview.decide:1']],
    ['province', '2030-03-01', [open({ isSubmitted: true, isAssessed: true }), open()], ['reReview.decide:1']],
    ['auditor', '2030-05-01', [open()], []],
  ] as const)('%s on %s with %o → %o', (role, today, reviews, expected) => {
    expect(keys(role, today, [...reviews])).toEqual(expected);
  });

  it.each([
    [0, 0, []],
    [2, 0, ['reReview.schedule:2']],
    [2, 1, []],
  ])('the province with %i objects due and %i rounds scheduled → %o', (due, scheduled, expected) => {
    expect(keys('province', '2030-03-01', [], due, scheduled)).toEqual(expected);
  });

  it('links one report to its object and several to the list', () => {
    expect(reReviewTodos({ role: 'applicant', today: '2030-03-01', openReReviews: [open()], dueToday: 0, scheduledRounds: 0 })[0]?.link).toBe('/workspace/creation-objects/a1?tab=re-review');
    expect(reReviewTodos({ role: 'applicant', today: '2030-03-01', openReReviews: [open(), open({ applicationId: 'a2' })], dueToday: 0, scheduledRounds: 0 })[0]?.link).toBe('/workspace/creation-objects');
  });
});
