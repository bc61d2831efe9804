import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_AGE_DAYS, computeTodos, type TodoFacts } from './todos';

const facts = (overrides: Partial<TodoFacts> = {}): TodoFacts => ({
  role: 'applicant',
  mustChangePassword: false,
  passwordAgeDays: 0,
  newOrganisations: 0,
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
