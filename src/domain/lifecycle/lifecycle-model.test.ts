// Model-based tests of the lifecycle: random sequences of (event, role, facts) driven through transition(),
// with a model of what the use cases will do with the effects (F3/F5), checking the regulation's invariants on
// every step. Also a few scripted journeys that visit every state with real guards and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { ROLES, type Role } from '../shared/roles';
import { applyEffects as applyDomainEffects } from './apply-effects';
import { availableEvents } from './available-events';
import { addCalendarYears, addDays } from '../calendar/day-arithmetic';
import { NEW_APPLICATION_FACTS, reReviewStartedOf, type LifecycleContext, type LifecycleFacts } from './context';
import type { LifecycleEffect } from './effects';
import { EVENTS, type LifecycleEvent } from './events';
import { INITIAL_STATE, isTerminalState, STATES, type LifecycleState } from './states';
import { transition } from './transition';

const plusDays = (date: string, days: number): string =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days)).toISOString().slice(0, 10);

interface Step {
  from: LifecycleState;
  event: LifecycleEvent;
  to: LifecycleState;
  role: Role;
}

/** The model's memory: how stored facts follow the effects. publicityDays stands in for the working-day calendar. */
function applyEffects(facts: LifecycleFacts, effects: LifecycleEffect[], today: string, publicityDays: number): LifecycleFacts {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'creation_period_extended':
        expect(effect.endsOn > (facts.creationPeriodEndsOn ?? '')).toBe(true);
        break;
      case 'rectification_started':
        expect(effect.endsOn > today).toBe(true);
        break;
      // Art. 10: two years from the day the passed re-review started (certification: from today), never the decision.
      case 're_review_scheduled':
        expect(effect.dueOn).toBe(addCalendarYears(reReviewStartedOf(facts) ?? today, 2));
        break;
      case 're_review_started':
        expect(effect.on).toBe(today);
        break;
      case 'reason_recorded':
        expect(effect.reason.length).toBeGreaterThan(0);
        break;
      default:
        break;
    }
  }
  return applyDomainEffects(facts, effects, { publicityEndsOn: plusDays(today, publicityDays), publicityNoticeId: `notice-${today}` });
}

/** The regulation's invariants, checked on each successful step against the history before it. */
function checkInvariants(history: readonly Step[], step: Step): void {
  expect(isTerminalState(step.from)).toBe(false);
  // Art. 7(4): certification only through the certification 公示 (re-review passes return to certified; Art. 9 and
  // Art. 11 events keep the state).
  if (step.to === 'certified' && step.from !== 'certified') {
    expect(['certification_publicity', 're_review']).toContain(step.from);
    expect([...history, step].some((h) => h.from === 'certification_publicity' && h.to === 'certified')).toBe(true);
  }
  // Art. 7(3): exit only on a failed acceptance in a period already extended by a first failure.
  if (step.to === 'exited') {
    expect(step.event).toBe('fail_acceptance');
    expect(history.some((h) => h.event === 'fail_acceptance' && h.to === 'creating')).toBe(true);
  }
  // Art. 10: two consecutive failed re-reviews; otherwise Art. 12 (fraud, dishonesty) or the Art. 11 decision.
  if (step.to === 'revoked') {
    expect(history.some((h) => h.to === 'certified')).toBe(true);
    if (step.event === 'fail_re_review') {
      const outcomes = history.filter((h) => h.event === 'pass_re_review' || h.event === 'fail_re_review');
      expect(outcomes.at(-1)?.event).toBe('fail_re_review');
    } else {
      expect(['revoke_certification', 'revoke_after_change']).toContain(step.event);
    }
  }
  if (step.to === 'creation_cancelled') expect(['cancel_creation', 'revoke_after_change']).toContain(step.event);
}

const RARE_EVENTS: readonly LifecycleEvent[] = ['withdraw', 'reject_by_city', 'reject_by_province', 'uphold_creation_objection', 'cancel_creation', 'revoke_certification', 'revoke_after_change'];

const arbitraryStep = fc.record({
  isExploring: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  pick: fc.nat(),
  role: fc.constantFrom(...ROLES),
  event: fc.constantFrom(...EVENTS),
  advanceDays: fc.oneof(fc.constant(0), fc.nat(20), fc.nat(900)),
  hasReason: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  changeAgoDays: fc.option(fc.nat(150)),
  objection: fc.constantFrom('none', 'none', 'file', 'resolve'),
  publicityDays: fc.integer({ min: 5, max: 12 }),
});

describe('lifecycle model', () => {
  it('keeps the regulation’s invariants over random sequences, and transition() accepts exactly what availableEvents() offers', () => {
    const visited = new Set<LifecycleState>();
    fc.assert(
      fc.property(fc.array(arbitraryStep, { maxLength: 150, size: 'max' }), (steps) => {
        let state: LifecycleState = INITIAL_STATE;
        let facts: LifecycleFacts = { ...NEW_APPLICATION_FACTS };
        let today = '2026-03-02';
        const history: Step[] = [];
        visited.add(state);
        for (const step of steps) {
          today = plusDays(today, step.advanceDays);
          const isPublicity = state === 'creation_publicity' || state === 'certification_publicity';
          if (step.objection === 'file' && isPublicity && facts.publicityEndsOn !== null && today <= facts.publicityEndsOn) facts.unresolvedObjections += 1;
          if (step.objection === 'resolve' && facts.unresolvedObjections > 0) facts.unresolvedObjections -= 1;
          const context: LifecycleContext = {
            ...facts,
            today,
            reason: step.hasReason ? '经核实的理由' : null,
            changeOccurredOn: step.changeAgoDays === null ? null : plusDays(today, -step.changeAgoDays),
          };
          const offered = ROLES.flatMap((role) => availableEvents(state, role, context).map((entry) => ({ event: entry.event, role, to: entry.to })));
          // Loops and the rarer ways out (withdrawal, rejection, Art. 11/12) are weighted down, and a person may also just let
          // time pass (null), so that runs get deep enough to meet second acceptances and re-reviews.
          const weightOf = (entry: (typeof offered)[number]) => (entry.to === state || RARE_EVENTS.includes(entry.event) ? 1 : 6);
          const weighted = [...offered.flatMap((entry) => Array<typeof entry | null>(weightOf(entry)).fill(entry)), ...Array<null>(6).fill(null)];
          const picked = weighted[step.pick % weighted.length] ?? null;
          if (!step.isExploring && picked === null) continue;
          const choice = step.isExploring || picked === null ? { event: step.event, role: step.role } : picked;
          const isOffered = offered.some((entry) => entry.event === choice.event && entry.role === choice.role);
          let result;
          try {
            result = transition(state, choice.event, choice.role, context);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            const { code, message } = error as AppError;
            expect(['TRANSITION_NOT_ALLOWED', 'FORBIDDEN', 'TRANSITION_PRECONDITION_FAILED']).toContain(code);
            expect(message).toMatch(/[\u4e00-\u9fff]/);
            if (isTerminalState(state)) expect(code).toBe('TRANSITION_NOT_ALLOWED');
            expect(isOffered).toBe(false);
            continue;
          }
          expect(isOffered).toBe(true);
          const done: Step = { from: state, event: choice.event, to: result.state, role: choice.role };
          checkInvariants(history, done);
          facts = applyEffects(facts, result.effects, today, step.publicityDays);
          history.push(done);
          state = result.state;
          visited.add(state);
        }
      }),
      { numRuns: 1000 },
    );
    // The generator is worth something only if it gets everywhere.
    expect(STATES.filter((state) => !visited.has(state))).toEqual([]);
  });
});

type Act = [LifecycleEvent, Role, string, Partial<LifecycleContext>?];

/** Drives one application through the acts with the model's facts; returns the states passed through and the facts. */
function driveWithFacts(acts: readonly Act[]): { states: LifecycleState[]; facts: LifecycleFacts } {
  let state: LifecycleState = INITIAL_STATE;
  let facts: LifecycleFacts = { ...NEW_APPLICATION_FACTS };
  const states: LifecycleState[] = [state];
  for (const [event, role, today, input] of acts) {
    const result = transition(state, event, role, { ...facts, today, ...input });
    // The 公示 published on Monday 2026-09-28 ends on Friday 2026-10-09 (DESIGN §3); 11 days later here.
    facts = applyEffects(facts, result.effects, today, 11);
    state = result.state;
    states.push(state);
  }
  return { states, facts };
}

const drive = (acts: readonly Act[]): LifecycleState[] => driveWithFacts(acts).states;

const why = { reason: '理由见附件' };
const TO_CREATING: Act[] = [
  ['submit', 'applicant', '2026-06-01'],
  ['return_for_revision', 'city', '2026-06-10', why],
  ['resubmit', 'applicant', '2026-06-15'],
  ['recommend', 'city', '2026-06-20'],
  ['shortlist', 'province', '2026-09-01'],
  ['publish_creation_notice', 'province', '2026-09-28'],
  ['confirm_creation', 'province', '2026-10-10'],
];
const TO_FIRST_REVIEW: Act[] = [...TO_CREATING, ['submit_acceptance', 'applicant', '2028-10-10'], ['start_acceptance_review', 'province', '2028-10-11']];

describe('journeys through every state', () => {
  it('visits every state with real guards and dates', () => {
    const journeys: Act[][] = [
      [['withdraw', 'applicant', '2026-06-01']],
      [['submit', 'applicant', '2026-06-01'], ['reject_by_city', 'city', '2026-06-10', why]],
      [['submit', 'applicant', '2026-06-01'], ['recommend', 'city', '2026-06-10'], ['reject_by_province', 'province', '2026-09-01', why]],
      [...TO_CREATING, ['cancel_creation', 'province', '2027-03-01', why]],
      // Art. 7(3): first failure extends to 2029-10-10, the second ends creation.
      [...TO_FIRST_REVIEW, ['fail_acceptance', 'province', '2028-11-20', why], ['submit_acceptance', 'applicant', '2029-10-10'], ['start_acceptance_review', 'province', '2029-10-11'], ['fail_acceptance', 'province', '2029-11-20', why]],
      // Certified on 2029-01-20; re-review fails in 2031, rectification until 2032-03-01, fails again: revoked (Art. 10).
      [
        ...TO_FIRST_REVIEW,
        ['pass_acceptance', 'province', '2028-11-20'],
        ['publish_certification_notice', 'province', '2029-01-05'],
        ['certify', 'province', '2029-01-20'],
        ['start_re_review', 'province', '2031-01-20'],
        ['fail_re_review', 'province', '2031-03-01', why],
        ['start_re_review', 'province', '2032-03-02'],
        ['fail_re_review', 'province', '2032-04-01', why],
      ],
    ];
    const visited = new Set(journeys.flatMap(drive));
    expect(STATES.filter((state) => !visited.has(state))).toEqual([]);
  });

  it('refuses the acceptance evaluation that follows an extension before the extended period is over', () => {
    const extended: Act[] = [...TO_FIRST_REVIEW, ['fail_acceptance', 'province', '2028-11-20', why]];
    expect(drive(extended).at(-1)).toBe('creating');
    expect(() => drive([...extended, ['submit_acceptance', 'applicant', '2029-10-09']])).toThrow('创建期至2029-10-10届满');
  });

  it('returns to certified after a passed re-review and starts counting failures afresh (Art. 10)', () => {
    const certified: Act[] = [...TO_FIRST_REVIEW, ['pass_acceptance', 'province', '2028-11-20'], ['publish_certification_notice', 'province', '2029-01-05'], ['certify', 'province', '2029-01-20']];
    const states = drive([
      ...certified,
      ['start_re_review', 'province', '2031-01-20'],
      ['fail_re_review', 'province', '2031-03-01', why],
      ['start_re_review', 'province', '2032-03-02'],
      ['pass_re_review', 'province', '2032-04-01'],
      ['start_re_review', 'province', '2034-04-01'],
      ['fail_re_review', 'province', '2034-05-01', why],
    ]);
    expect(states.slice(-6)).toEqual(['re_review', 'rectifying', 're_review', 'certified', 're_review', 'rectifying']);
  });

  // Art. 10: 每2年 — the next re-review is due two years after the passed one started, however long it took to decide.
  it.each([
    { acts: [], dueOn: '2031-01-20' },
    { acts: [['start_re_review', 'province', '2031-01-20'], ['pass_re_review', 'province', '2031-06-15']], dueOn: '2033-01-20' },
    {
      acts: [['start_re_review', 'province', '2031-03-01'], ['pass_re_review', 'province', '2031-06-15'], ['start_re_review', 'province', '2033-03-01'], ['pass_re_review', 'province', '2033-09-30']],
      dueOn: '2035-03-01',
    },
    {
      acts: [['start_re_review', 'province', '2031-01-20'], ['fail_re_review', 'province', '2031-03-01', why], ['start_re_review', 'province', '2032-03-02'], ['pass_re_review', 'province', '2032-04-01']],
      dueOn: '2034-03-02',
    },
  ] as { acts: Act[]; dueOn: string }[])('certified 2029-01-20, then $acts → next due $dueOn', ({ acts, dueOn }) => {
    const certified: Act[] = [...TO_FIRST_REVIEW, ['pass_acceptance', 'province', '2028-11-20'], ['publish_certification_notice', 'province', '2029-01-05'], ['certify', 'province', '2029-01-20']];
    const { states, facts } = driveWithFacts([...certified, ...acts]);
    expect(states.at(-1)).toBe('certified');
    expect(facts.reReviewDueOn).toBe(dueOn);
    expect(() => drive([...certified, ...acts, ['start_re_review', 'province', addDays(dueOn, -1)]])).toThrow(`${dueOn}起方可复核`);
    expect(drive([...certified, ...acts, ['start_re_review', 'province', dueOn]]).at(-1)).toBe('re_review');
  });

  it('keeps Art. 11 change reports going through a re-review round', () => {
    const certified: Act[] = [...TO_FIRST_REVIEW, ['pass_acceptance', 'province', '2028-11-20'], ['publish_certification_notice', 'province', '2029-01-05'], ['certify', 'province', '2029-01-20']];
    const { states, facts } = driveWithFacts([
      ...certified,
      ['report_change', 'applicant', '2031-01-10', { changeOccurredOn: '2030-12-01' }],
      ['start_re_review', 'province', '2031-01-20'],
      ['propose_retention', 'city', '2031-02-01'],
      ['report_change', 'applicant', '2031-03-01', { changeOccurredOn: '2031-02-15' }],
      ['retain_after_change', 'province', '2031-04-01'],
      ['pass_re_review', 'province', '2031-06-15'],
    ]);
    expect(states.slice(-6)).toEqual(['certified', 're_review', 're_review', 're_review', 're_review', 'certified']);
    expect(facts).toMatchObject({ changeReportsAwaitingCity: 1, changeReportsAwaitingProvince: 0, reReviewDueOn: '2033-01-20' });
  });
});
