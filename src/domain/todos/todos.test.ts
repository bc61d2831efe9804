import { describe, expect, it } from 'vitest';
import { NO_ACCEPTANCE_WORK } from './acceptance-todos';
import { PASSWORD_MAX_AGE_DAYS } from '../shared/password-policy';
import { computeTodos, type TodoFacts } from './todos';

const facts = (overrides: Partial<TodoFacts> = {}): TodoFacts => ({
  role: 'applicant',
  today: '2026-11-28',
  mustChangePassword: false,
  passwordAgeDays: 0,
  newOrganisations: 0,
  applicationsByState: {},
  closedPublicity: 0,
  openReviews: 0,
  openObjections: { open: 0, overdue: 0 },
  acceptance: NO_ACCEPTANCE_WORK,
  ...overrides,
});

describe('待办 items', () => {
  it('has nothing to do for a fresh applicant', () => {
    expect(computeTodos(facts())).toEqual([]);
  });

  it.each([
    [PASSWORD_MAX_AGE_DAYS - 1, []],
    [PASSWORD_MAX_AGE_DAYS, ['password.expired']],
  ])('password %i days old → %j', (age, keys) => {
    expect(computeTodos(facts({ passwordAgeDays: age })).map((t) => t.key)).toEqual(keys);
  });

  it('asks for the initial password to be changed before anything else, and only once', () => {
    expect(computeTodos(facts({ mustChangePassword: true, passwordAgeDays: 400 })).map((t) => t.key)).toEqual(['password.initial']);
  });

  it.each([
    ['city', 3, ['organisations.new']],
    ['province', 1, ['organisations.new']],
    ['city', 0, []],
    ['applicant', 5, []],
    ['expert', 5, []],
    ['sysadmin', 5, []],
  ] as const)('%s with %i new organisations → %j', (role, count, keys) => {
    const todos = computeTodos(facts({ role, newOrganisations: count }));
    expect(todos.map((t) => t.key)).toEqual(keys);
    if (keys.length) expect(todos[0]?.count).toBe(count);
  });
});

describe('work awaiting each role (Art. 7(1)(2))', () => {
  const everyState = { draft: 2, submitted: 3, returned_for_revision: 1, recommended: 4, shortlisted: 5, creating: 9 };
  it.each([
    ['applicant', ['applications.returned', 'applications.draft']],
    ['city', ['applications.cityReview']],
    ['province', ['applications.provinceReview', 'notices.publish', 'objections.open', 'notices.confirm']],
    ['expert', ['reviews.open']],
    ['auditor', []],
    ['sysadmin', []],
  ] as const)('%s → %j', (role, keys) => {
    const todos = computeTodos(facts({ role, applicationsByState: everyState, closedPublicity: 1, openReviews: 2, openObjections: { open: 3, overdue: 0 } }));
    expect(todos.map((t) => t.key)).toEqual(keys);
  });

  it('shows nothing when the count is zero, and the count when it is one', () => {
    expect(computeTodos(facts({ role: 'city', applicationsByState: { submitted: 0 } }))).toEqual([]);
    expect(computeTodos(facts({ role: 'city', applicationsByState: { submitted: 1 } }))[0]).toMatchObject({ count: 1, link: '/workspace/city-review' });
  });

  it('adds the acceptance and certification work after the application work (acceptance-todos.ts)', () => {
    const todos = computeTodos(
      facts({
        role: 'province',
        applicationsByState: { recommended: 1, acceptance_submitted: 2, certification_shortlisted: 3 },
        acceptance: { ...NO_ACCEPTANCE_WORK, creatingObjects: [{ id: 'a', creationPeriodEndsOn: '2026-11-27' }] },
      }),
    );
    expect(todos.map((t) => [t.key, t.count])).toEqual([
      ['applications.provinceReview', 1],
      ['acceptance.start', 3],
      ['certification.publishNotice', 3],
    ]);
  });

  it('says how many objections are past the handling deadline', () => {
    const [todo] = computeTodos(facts({ role: 'province', openObjections: { open: 3, overdue: 1 } }));
    expect(todo?.description).toBe('有3件异议待核实，其中1件已超过办理期限。');
  });
});
