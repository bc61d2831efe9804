import { describe, expect, it } from 'vitest';
import { availableEvents } from './available-events';
import { NEW_APPLICATION_FACTS, type LifecycleContext } from './context';

const context = (overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({ ...NEW_APPLICATION_FACTS, today: '2026-11-28', ...overrides });
const events = (...args: Parameters<typeof availableEvents>) => availableEvents(...args).map((entry) => entry.event);

describe('available events for the UI', () => {
  it('offers the applicant submit and withdraw on a draft, with Chinese labels', () => {
    expect(availableEvents('draft', 'applicant', context())).toEqual([
      { event: 'submit', label: '提交申报', to: 'submitted' },
      { event: 'withdraw', label: '撤回申报', to: 'withdrawn' },
    ]);
  });

  it.each([
    ['city', 'submitted', {}, ['recommend']],
    ['city', 'submitted', { reason: '材料不全' }, ['return_for_revision', 'reject_by_city', 'recommend']],
    ['applicant', 'submitted', {}, ['withdraw']],
    ['province', 'submitted', {}, []],
    ['expert', 'submitted', {}, []],
    ['auditor', 'certified', { reason: '审计发现' }, []],
    ['sysadmin', 'recommended', {}, []],
  ] as const)('%s on %s with %j → %j', (role, state, facts, expected) => {
    expect(events(state, role, context(facts))).toEqual(expected);
  });

  it.each([
    ['2026-10-09', 0, []],
    ['2026-10-10', 1, []],
    ['2026-10-10', 0, ['confirm_creation']],
  ] as const)('during the creation 公示 ending 2026-10-09, on %s with %i open objections → %j', (today, unresolvedObjections, expected) => {
    expect(events('creation_publicity', 'province', context({ today, publicityEndsOn: '2026-10-09', unresolvedObjections }))).toEqual(expected);
  });

  it('offers upholding an objection only while one is open and a conclusion is written', () => {
    const facts = { today: '2026-10-08', publicityEndsOn: '2026-10-09', unresolvedObjections: 1 };
    expect(events('creation_publicity', 'province', context(facts))).toEqual([]);
    expect(events('creation_publicity', 'province', context({ ...facts, reason: '异议属实' }))).toContain('uphold_creation_objection');
    expect(events('creation_publicity', 'province', context({ ...facts, unresolvedObjections: 0, reason: '经核实不符合申报条件' }))).not.toContain('uphold_creation_objection');
  });

  it('lets the province refuse an ineligible shortlisted applicant, with a reason, before or during the 公示', () => {
    for (const state of ['shortlisted', 'creation_publicity'] as const) {
      expect(events(state, 'province', context({ today: '2026-10-08' }))).not.toContain('reject_by_province');
      expect(events(state, 'province', context({ today: '2026-10-08', reason: '列入严重失信主体名单' }))).toContain('reject_by_province');
      expect(events(state, 'city', context({ today: '2026-10-08', reason: '列入严重失信主体名单' }))).not.toContain('reject_by_province');
    }
  });

  it('lets the province open acceptance once the creation period is over, without waiting for the operator', () => {
    expect(events('creating', 'province', context({ today: '2028-10-12', creationPeriodEndsOn: '2028-10-12' }))).not.toContain('start_acceptance_review');
    expect(events('creating', 'province', context({ today: '2028-10-13', creationPeriodEndsOn: '2028-10-12' }))).toContain('start_acceptance_review');
  });

  it('lists a branching event once, with the target its guard picks', () => {
    const failing = { reason: '未达标', creationPeriodEndsOn: '2028-10-12' };
    expect(availableEvents('acceptance_review', 'province', context(failing)).find((e) => e.event === 'fail_acceptance')?.to).toBe('creating');
    expect(availableEvents('acceptance_review', 'province', context({ ...failing, isExtended: true })).find((e) => e.event === 'fail_acceptance')?.to).toBe('exited');
  });

  it('offers the province the national mark only once (Art. 9)', () => {
    expect(events('certified', 'province', context({ reReviewDueOn: '2026-11-28' }))).toEqual(['start_re_review', 'mark_national']);
    expect(events('certified', 'province', context({ isNational: true }))).toEqual(['unmark_national']);
  });

  it('walks a change report through applicant, city and province (Art. 11)', () => {
    expect(events('certified', 'applicant', context({ changeOccurredOn: '2026-10-01' }))).toEqual(['report_change']);
    expect(events('certified', 'city', context({ changeReportsAwaitingCity: 1 }))).toEqual(['propose_retention', 'propose_revocation']);
    expect(events('certified', 'province', context({ changeReportsAwaitingProvince: 1 }))).toContain('retain_after_change');
  });

  // A round keeps an object in re_review for months: a change then is still reported on time, and a report pending
  // when the round opened is still decided.
  it('keeps change reports open during a re-review (Art. 11)', () => {
    expect(events('re_review', 'applicant', context({ changeOccurredOn: '2026-10-01' }))).toEqual(['report_change']);
    expect(events('re_review', 'city', context({ changeReportsAwaitingCity: 1 }))).toEqual(['propose_retention', 'propose_revocation']);
    expect(events('re_review', 'province', context({ changeReportsAwaitingProvince: 1 }))).toEqual(['pass_re_review', 'retain_after_change']);
    expect(events('re_review', 'province', context({ changeReportsAwaitingProvince: 1, reason: '合并后不再从事公共服务' }))).toEqual([
      'pass_re_review',
      'fail_re_review',
      'retain_after_change',
      'revoke_after_change',
      'revoke_certification',
    ]);
    expect(availableEvents('re_review', 'province', context({ changeReportsAwaitingProvince: 1, reason: '撤销' })).find((e) => e.event === 'revoke_after_change')?.to).toBe('revoked');
  });

  it('offers nothing in a terminal state, whatever the facts', () => {
    const everything = context({ reason: '理由', changeOccurredOn: '2026-10-01', changeReportsAwaitingCity: 1, changeReportsAwaitingProvince: 1 });
    for (const state of ['revoked', 'exited', 'withdrawn', 'city_rejected', 'province_rejected', 'creation_cancelled'] as const) {
      for (const role of ['applicant', 'city', 'province'] as const) expect(availableEvents(state, role, everything)).toEqual([]);
    }
  });
});
