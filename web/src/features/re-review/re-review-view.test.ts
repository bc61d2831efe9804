import { describe, expect, it } from 'vitest';
import type { ReReviewListItem, ReReviewStatus } from '../../../../src/contracts/re-review';
import { awaitsCity, cityOrder, currentReReview, decisionConsequence, failureConsequenceText, reportStateText, reReviewTitle, roundCountsText, roundStateText, roundTotal } from './re-review-view';

const counts = (partial: Partial<Record<ReReviewStatus, number>>): Record<ReReviewStatus, number> => ({ reporting: 0, submitted: 0, assessed: 0, passed: 0, failed: 0, ended: 0, ...partial });
const item = (name: string, status: ReReviewStatus, reportDueOn = '2030-03-31') => ({ object: { name }, status, round: { reportDueOn } }) as unknown as ReReviewListItem;

describe('re-review view logic', () => {
  it.each([
    ['rectification', '给予1年整改期'],
    ['revocation', '取消认定命名'],
    [null, '按《管理办法》第十条处理'],
  ] as const)('a fail with consequence %s reads %s', (consequence, text) => {
    expect(failureConsequenceText(consequence)).toBe(text);
  });

  it('the confirmation names what a decision does', () => {
    expect(decisionConsequence('passed', 'rectification', '甲平台')).toBe('“甲平台”复核达标，保持认定命名，2年后再次复核。');
    expect(decisionConsequence('failed', 'rectification', '甲平台')).toContain('将给予1年整改期');
    expect(decisionConsequence('failed', 'revocation', '甲平台')).toContain('将取消认定命名，理由将向社会公布');
    expect(decisionConsequence('failed', 'rectification', '甲平台')).toContain('整改后复核仍不达标的，取消认定命名。');
  });

  it('a round is 待开始 until opened, and counts only what it holds', () => {
    expect(roundStateText({ openedAt: null, opensOn: '2028-12-01' })).toBe('待开始（2028-12-01开始）');
    expect(roundStateText({ openedAt: '2028-11-13T01:00:00Z', opensOn: '2028-11-13' })).toBe('已开始（2028-11-13）');
    expect(roundCountsText({ openedAt: null, counts: counts({}) })).toBe('—');
    expect(roundCountsText({ openedAt: 'x', counts: counts({}) })).toBe('无复核对象');
    expect(roundCountsText({ openedAt: 'x', counts: counts({ reporting: 1, failed: 2 }) })).toBe('待运营主体报告1 · 复核不达标2');
    expect(roundTotal({ counts: counts({ reporting: 1, submitted: 2, passed: 3 }) })).toBe(6);
  });

  // assessBlockedReason: submitted, or not submitted from the day after reportDueOn (2030-03-31 here).
  it.each([
    ['reporting', '2030-03-30', false],
    ['reporting', '2030-03-31', false],
    ['reporting', '2030-04-01', true],
    ['submitted', '2030-03-01', true],
    ['assessed', '2030-04-01', false],
    ['passed', '2030-04-01', false],
    ['failed', '2030-04-01', false],
    ['ended', '2030-04-01', false],
  ] as const)('an item %s on %s awaits the city: %s', (status, today, expected) => {
    expect(awaitsCity(item('x', status), today)).toBe(expected);
  });

  it('the city sees those it may assess now first (submitted, or overdue unsubmitted), otherwise in the server’s order', () => {
    const items = [item('a', 'reporting'), item('b', 'submitted'), item('c', 'passed'), item('d', 'reporting', '2030-02-28'), item('e', 'submitted'), item('f', 'ended', '2030-02-28')];
    expect(cityOrder(items, '2030-03-31').map((i) => i.object.name)).toEqual(['b', 'd', 'e', 'a', 'c', 'f']);
    expect(cityOrder(items, '2030-04-01').map((i) => i.object.name)).toEqual(['a', 'b', 'd', 'e', 'c', 'f']);
  });

  it('the current re-review is the newest undecided one', () => {
    const open = { outcome: null } as never;
    const decided = { outcome: 'failed' } as never;
    expect(currentReReview({ reReviews: [] })).toBeNull();
    expect(currentReReview({ reReviews: [open, decided] })).toBe(open);
    expect(currentReReview({ reReviews: [decided, open] })).toBeNull();
    expect(currentReReview({ reReviews: [{ outcome: null, status: 'ended' } as never, decided] })).toBeNull();
  });

  it('titles and report states', () => {
    expect(reReviewTitle({ sequence: 1, isAfterRectification: false })).toBe('第1次复核');
    expect(reReviewTitle({ sequence: 2, isAfterRectification: true })).toBe('第2次复核（整改后）');
    const round = { reportDueOn: '2028-12-15' } as never;
    const time = (iso: string) => iso.slice(0, 10);
    expect(reportStateText({ submittedAt: '2028-11-14T02:00:00Z', submittedByName: '陈晓', status: 'submitted', round }, time)).toBe('2028-11-14提交（陈晓）');
    expect(reportStateText({ submittedAt: null, submittedByName: null, status: 'reporting', round }, time)).toBe('尚未提交，截止2028-12-15（含当日）');
    expect(reportStateText({ submittedAt: null, submittedByName: null, status: 'assessed', round }, time)).toBe('运营主体未提交报告');
  });
});
