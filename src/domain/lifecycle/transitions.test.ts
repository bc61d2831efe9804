import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, type Role } from '../shared/roles';
import type { LifecycleContext } from './context';
import { EFFECTS } from './effects';
import { EVENTS } from './events';
import { GUARDS } from './guards';
import { INITIAL_STATE, isTerminalState, STATES, TERMINAL_STATES, type LifecycleState } from './states';
import { TRANSITION_ROWS, type TransitionRow } from './transitions';

describe('the lifecycle table itself', () => {
  it('uses every state and every event, and no (from, event, to) twice', () => {
    const used = new Set(TRANSITION_ROWS.flatMap((row) => [row.from, row.to]));
    expect(STATES.filter((state) => !used.has(state))).toEqual([]);
    expect(EVENTS.filter((event) => !TRANSITION_ROWS.some((row) => row.event === event))).toEqual([]);
    const keys = TRANSITION_ROWS.map((row) => `${row.from} ${row.event} ${row.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no row leaving a terminal state, and a way on from every other state', () => {
    expect(TRANSITION_ROWS.filter((row) => isTerminalState(row.from))).toEqual([]);
    for (const state of STATES.filter((s) => !isTerminalState(s))) {
      expect(TRANSITION_ROWS.some((row) => row.from === state && row.to !== state), state).toBe(true);
    }
    expect(TERMINAL_STATES).toEqual(['city_rejected', 'province_rejected', 'withdrawn', 'exited', 'creation_cancelled', 'revoked']);
  });

  it('reaches every state from draft along the rows', () => {
    const reached = new Set<LifecycleState>([INITIAL_STATE]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const row of TRANSITION_ROWS) {
        if (reached.has(row.from) && !reached.has(row.to)) {
          reached.add(row.to);
          grew = true;
        }
      }
    }
    expect(STATES.filter((state) => !reached.has(state))).toEqual([]);
  });

  it('gives every row a role, a Chinese description and an article; guards and effects exist', () => {
    for (const row of TRANSITION_ROWS) {
      expect(row.roles.length).toBeGreaterThan(0);
      // 三员分立: the administrators, the expert and the auditor never move an application.
      for (const role of row.roles) expect([...ADMIN_ROLES, 'expert', 'auditor'] as Role[]).not.toContain(role);
      expect(row.description).toMatch(/[\u4e00-\u9fff]/);
      expect(row.article).toMatch(/^Art\. \d+(\(\d\))?$/);
      if (row.guard) expect(GUARDS[row.guard]).toBeDefined();
      for (const effect of row.effects ?? []) expect(EFFECTS[effect]).toBeDefined();
    }
  });

  it('leaves only the province to decide Art. 12 and Art. 11 revocations', () => {
    const revocations = TRANSITION_ROWS.filter((row) => row.to === 'revoked' || row.to === 'creation_cancelled');
    for (const row of revocations) expect(row.roles).toEqual(['province']);
  });

  // Rows that share (from, event, role) must never both apply: the table, not the row order, decides the target.
  it('has mutually exclusive guards on rows that share a state, an event and a role', () => {
    const arbitraryDate = fc.integer({ min: 0, max: 3000 }).map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10));
    const arbitraryContext: fc.Arbitrary<LifecycleContext> = fc.record({
      today: arbitraryDate,
      publicityEndsOn: fc.option(arbitraryDate),
      publicityNoticeId: fc.option(fc.uuid()),
      unresolvedObjections: fc.nat(3),
      creationPeriodEndsOn: fc.option(arbitraryDate),
      isExtended: fc.boolean(),
      consecutiveFailedReReviews: fc.nat(3),
      rectificationEndsOn: fc.option(arbitraryDate),
      isNational: fc.boolean(),
      changeReportsAwaitingCity: fc.nat(2),
      changeReportsAwaitingProvince: fc.nat(2),
      reason: fc.option(fc.constantFrom('', ' ', '理由')),
      changeOccurredOn: fc.option(arbitraryDate),
    });
    const groups = new Map<string, TransitionRow[]>();
    for (const row of TRANSITION_ROWS) {
      for (const role of row.roles) groups.set(`${row.from} ${row.event} ${role}`, [...(groups.get(`${row.from} ${row.event} ${role}`) ?? []), row]);
    }
    const shared = [...groups.values()].filter((rows) => rows.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbitraryContext, (context) => {
        for (const rows of shared) expect(rows.filter((row) => !row.guard || GUARDS[row.guard].check(context) === null).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
