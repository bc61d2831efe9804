import { describe, expect, it } from 'vitest';
import { applyEffects } from './apply-effects';
import { NEW_APPLICATION_FACTS } from './context';

const opened = { kind: 'publicity_opened', stage: 'certification', publishedOn: '2029-01-05' } as const;
const closed = { kind: 'publicity_closed', stage: 'certification', outcome: 'objection_upheld' } as const;

describe('applyEffects: the notice an entry is under (Art. 7(4), ADR 0015)', () => {
  it('records the notice that opens the 公示 and starts its count afresh', () => {
    const before = { ...NEW_APPLICATION_FACTS, publicityNoticeId: 'n-1', unresolvedObjections: 2 };
    expect(applyEffects(before, [opened], { publicityEndsOn: '2029-01-12', publicityNoticeId: 'n-2' })).toMatchObject({ publicityEndsOn: '2029-01-12', publicityNoticeId: 'n-2', unresolvedObjections: 0 });
  });

  it('forgets the notice when the 公示 closes', () => {
    const under = { ...NEW_APPLICATION_FACTS, publicityEndsOn: '2029-01-12', publicityNoticeId: 'n-1', unresolvedObjections: 1 };
    expect(applyEffects(under, [closed])).toMatchObject({ publicityEndsOn: null, publicityNoticeId: null, unresolvedObjections: 0 });
  });

  it.each([
    [{ publicityEndsOn: '2029-01-12' }, /id of the notice/],
    [{ publicityNoticeId: 'n-1' }, /publicityEndsOn/],
  ])('refuses to open a 公示 without its window end and notice: %j', (inputs, message) => {
    expect(() => applyEffects(NEW_APPLICATION_FACTS, [opened], inputs)).toThrow(message);
  });
});

describe('applyEffects: the re-review cadence (Art. 10)', () => {
  it('remembers the day a re-review started and the next due day', () => {
    const certified = { ...NEW_APPLICATION_FACTS, reReviewDueOn: '2030-03-01' };
    const started = applyEffects(certified, [{ kind: 're_review_started', on: '2030-03-01' }]);
    expect(started).toMatchObject({ reReviewStartedOn: '2030-03-01', reReviewDueOn: '2030-03-01' });
    expect(applyEffects(started, [{ kind: 're_review_recorded', passed: true, consecutiveFailures: 0 }, { kind: 're_review_scheduled', dueOn: '2032-03-01' }])).toMatchObject({
      reReviewStartedOn: '2030-03-01',
      reReviewDueOn: '2032-03-01',
      consecutiveFailedReReviews: 0,
    });
  });

  it('starts a new application with no re-review started', () => {
    expect(NEW_APPLICATION_FACTS.reReviewStartedOn).toBeNull();
  });
});
