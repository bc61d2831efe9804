import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { overdueFindings, type OverdueFacts } from './overdue';
import { resolveOversightFilters } from './oversight-filters';
import { funnelStepsReached } from './oversight-rules';

const none: OverdueFacts = { pendingCityReviews: [], entryObjections: [], creationObjects: [], changeReports: [], openReReviews: [] };

describe('funnelStepsReached', () => {
  it.each([
    [['submitted'], ['applied']],
    [['submitted', 'returned_for_revision', 'submitted', 'recommended'], ['applied', 'recommended']],
    [['submitted', 'recommended', 'shortlisted', 'creation_publicity', 'creating', 'acceptance_review', 'exited'], ['applied', 'recommended', 'shortlisted', 'creating', 'exited']],
    [['submitted', 'recommended', 'shortlisted', 'creation_publicity', 'creating', 'creation_cancelled'], ['applied', 'recommended', 'shortlisted', 'creating', 'exited']],
    [['submitted', 'recommended', 'shortlisted', 'creation_publicity', 'creating', 'certified', 're_review', 'revoked'], ['applied', 'recommended', 'shortlisted', 'creating', 'certified']],
    [['withdrawn'], []],
  ])('%j → %j', (states, steps) => {
    expect(funnelStepsReached(states)).toEqual(steps);
  });
});

describe('overdueFindings (the deadline job’s rules, read for today)', () => {
  const cityReview = { id: 'a1', name: '平台', cityCode: '440100', cityReviewDeadline: '2026-05-29' };
  it.each([
    ['2026-05-28', 0],
    ['2026-05-29', 0],
    ['2026-05-30', 1],
  ])('a city review due 2026-05-29 on %s: %i overdue', (today, count) => {
    expect(overdueFindings({ ...none, pendingCityReviews: [cityReview] }, today)).toHaveLength(count);
  });

  const objection = { notice: { id: 'n1', title: '公示', stage: 'creation' as const, endsOn: '2026-06-10', handlingDueOn: '2026-06-24' }, applicationId: 'a2', name: '基地', cityCode: '440300', openObjections: 2 };
  it.each([
    ['2026-06-24', 0],
    ['2026-06-25', 1],
  ])('open objections due 2026-06-24 on %s: %i overdue', (today, count) => {
    expect(overdueFindings({ ...none, entryObjections: [objection] }, today)).toHaveLength(count);
  });

  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-03-01', '2026-03-02', 1],
  ])('a change report due %s filed %s is late by %i days', (dueOn, reportedOn, days) => {
    const findings = overdueFindings({ ...none, changeReports: [{ id: 'c1', applicationId: 'a3', name: '平台', cityCode: '440100', dueOn, reportedOn }] }, '2026-11-28');
    expect(findings.map((f) => f.daysOverdue)).toEqual(days === 0 ? [] : [days]);
  });

  it('orders by due date, then division code, never by how late', () => {
    const findings = overdueFindings(
      { ...none, pendingCityReviews: [{ ...cityReview, id: 'b', cityCode: '440300' }, { ...cityReview, id: 'a', cityCode: '440100', cityReviewDeadline: '2026-05-20' }, { ...cityReview, id: 'c', cityCode: '440100' }] },
      '2026-06-01',
    );
    expect(findings.map((f) => f.subjectId)).toEqual(['a', 'c', 'b']);
  });
});

describe('resolveOversightFilters', () => {
  const city = { kind: 'city' as const, cityCode: '440100' };
  it('forces a city officer’s city and refuses another', () => {
    expect(resolveOversightFilters(city, {}, [2026]).city).toBe('440100');
    expect(() => resolveOversightFilters(city, { city: '440300' }, [2026])).toThrow(AppError);
    expect(resolveOversightFilters({ kind: 'all' }, { city: '440300' }, []).city).toBe('440300');
  });
  it.each([
    [{ year: 2027 }, 'year'],
    [{ carrier: 'base' as const, platformKind: 'professional' as const }, 'platformKind'],
  ])('refuses %j naming %s', (requested, path) => {
    try {
      resolveOversightFilters({ kind: 'all' }, requested, [2026]);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).issues[0]?.path).toBe(path);
    }
  });
  it('lets a platform kind imply platforms', () => {
    expect(resolveOversightFilters({ kind: 'all' }, { platformKind: 'comprehensive' }, [])).toMatchObject({ carrier: 'platform', platformKind: 'comprehensive' });
  });
});
