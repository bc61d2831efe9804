import { describe, expect, it } from 'vitest';
import { NO_ACCEPTANCE_WORK, acceptanceTodos, type AcceptanceTodoFacts, type OpenAcceptanceReviewFact } from './acceptance-todos';

const TODAY = '2026-11-28';
const facts = (overrides: Partial<AcceptanceTodoFacts> = {}): AcceptanceTodoFacts => ({
  ...NO_ACCEPTANCE_WORK,
  role: 'province',
  today: TODAY,
  acceptanceSubmitted: 0,
  certificationShortlisted: 0,
  ...overrides,
});
const keyed = (todos: ReturnType<typeof acceptanceTodos>) => Object.fromEntries(todos.map((t) => [t.key, t.count]));

describe('申请评估验收 (operator; Art. 7(3), guard creationPeriodReached)', () => {
  it.each([
    ['ended yesterday', '2026-11-27', 1],
    ['ends today', '2026-11-28', 1],
    ['ends tomorrow', '2026-11-29', 0],
    ['has no recorded end', null, 0],
  ] as const)('a period that %s → %i', (_, endsOn, count) => {
    const todos = acceptanceTodos(facts({ role: 'applicant', creatingObjects: [{ id: 'obj-1', creationPeriodEndsOn: endsOn }] }));
    expect(keyed(todos)).toEqual(count ? { 'acceptance.apply': count } : {});
    if (count) expect(todos[0]?.link).toBe('/workspace/creation-objects/obj-1?tab=acceptance');
  });

  it('opens the list when several objects are due', () => {
    const creatingObjects = [
      { id: 'a', creationPeriodEndsOn: '2026-11-28' },
      { id: 'b', creationPeriodEndsOn: '2026-01-01' },
      { id: 'c', creationPeriodEndsOn: '2027-01-01' },
    ];
    const [todo] = acceptanceTodos(facts({ role: 'applicant', creatingObjects }));
    expect(todo).toMatchObject({ key: 'acceptance.apply', count: 2, link: '/workspace/creation-objects' });
  });
});

describe('组织评估验收 (province; Art. 7(3), guard creationPeriodOver)', () => {
  it.each([
    ['ended yesterday', '2026-11-27', 0, 1],
    ['ends today', '2026-11-28', 0, 0],
    ['ends tomorrow', '2026-11-29', 0, 0],
    ['ends tomorrow, two others applied', '2026-11-29', 2, 2],
    ['ended yesterday, one other applied', '2026-11-27', 1, 2],
  ] as const)('a period that %s → %i', (_, endsOn, acceptanceSubmitted, count) => {
    const todos = acceptanceTodos(facts({ creatingObjects: [{ id: 'x', creationPeriodEndsOn: endsOn }], acceptanceSubmitted }));
    expect(keyed(todos)).toEqual(count ? { 'acceptance.start': count } : {});
    if (count) expect(todos[0]?.link).toBe('/workspace/acceptance');
  });

  it('says how many applied', () => {
    const [todo] = acceptanceTodos(facts({ creatingObjects: [{ id: 'x', creationPeriodEndsOn: '2026-11-27' }], acceptanceSubmitted: 1 }));
    expect(todo?.description).toBe('有2个创建对象创建期已满待组织评估验收，其中1个已申请。');
  });
});

describe('安排验收专家 and 作出验收结论 (province; ADR 0015)', () => {
  const review = (applicationId: string, usableExperts: number, undeclared: number, awaited: number, submitted: number): OpenAcceptanceReviewFact => ({
    applicationId,
    usableExperts,
    progress: { undeclared, awaited, submitted },
  });
  it.each([
    ['no usable expert (none assigned, or every one declared a conflict)', review('r', 0, 0, 0, 0), { 'acceptance.assignExperts': 1 }],
    ['experts not yet declared', review('r', 2, 2, 0, 0), {}],
    ['one declared none, not submitted', review('r', 2, 1, 1, 0), {}],
    ['one submitted, one declared none still working', review('r', 2, 0, 1, 1), {}],
    ['one submitted, the other not yet declared', review('r', 2, 1, 0, 1), {}],
    ['one submitted, the other declared a conflict', review('r', 1, 0, 0, 1), { 'acceptance.decide': 1 }],
    ['all submitted', review('r', 3, 0, 0, 3), { 'acceptance.decide': 1 }],
  ] as const)('%s → %j', (_, open, expected) => {
    const todos = acceptanceTodos(facts({ openAcceptanceReviews: [open] }));
    expect(keyed(todos)).toEqual(expected);
    for (const todo of todos) expect(todo.link).toBe('/workspace/acceptance/r');
  });

  it('opens the list when several reviews wait', () => {
    const todos = acceptanceTodos(facts({ openAcceptanceReviews: [review('a', 1, 0, 0, 1), review('b', 2, 0, 0, 2), review('c', 0, 0, 0, 0)] }));
    expect(todos.map((t) => [t.key, t.count, t.link])).toEqual([
      ['acceptance.assignExperts', 1, '/workspace/acceptance/c'],
      ['acceptance.decide', 2, '/workspace/acceptance'],
    ]);
  });
});

describe('发布拟认定公示 and 发文公告正式认定 (province; Art. 7(4))', () => {
  it('counts the 拟认定对象 waiting for a 公示', () => {
    expect(acceptanceTodos(facts({ certificationShortlisted: 2 }))).toEqual([
      { key: 'certification.publishNotice', title: '发布拟认定公示', description: '有2个拟认定对象待公示（5个工作日）。', link: '/workspace/certification', count: 2 },
    ]);
  });

  // 'certification_publicity': under this notice; 'acceptance_review': taken off it by an upheld objection.
  const entry = (state: 'certification_publicity' | 'acceptance_review', unresolvedObjections = 0) => ({ name: `对象${state}`, isUnderNotice: state === 'certification_publicity', unresolvedObjections });
  it.each([
    ['window ended yesterday', '2026-11-27', [entry('certification_publicity'), entry('certification_publicity')], 1],
    ['window ends today', '2026-11-28', [entry('certification_publicity')], 0],
    ['window ends tomorrow', '2026-11-29', [entry('certification_publicity')], 0],
    ['an objection still open', '2026-11-27', [entry('certification_publicity'), entry('certification_publicity', 1)], 0],
    ['an upheld objection sent the entry back, the other waits', '2026-11-27', [entry('acceptance_review'), entry('certification_publicity')], 1],
    ['no entry left under 公示', '2026-11-27', [entry('acceptance_review')], 0],
  ] as const)('%s → %i', (_, endsOn, entries, count) => {
    const todos = acceptanceTodos(facts({ unannouncedCertificationNotices: [{ endsOn, entries }] }));
    expect(keyed(todos)).toEqual(count ? { 'certification.announce': count } : {});
  });

  it('says how many objects the announcements would certify', () => {
    const notice = { endsOn: '2026-11-20', entries: [entry('certification_publicity'), entry('certification_publicity'), entry('acceptance_review')] };
    const [todo] = acceptanceTodos(facts({ unannouncedCertificationNotices: [notice] }));
    expect(todo).toMatchObject({ link: '/workspace/certification', description: '有1份拟认定公示期满且异议均已核实，可发文公告正式认定2个对象。' });
  });
});

describe('who sees what', () => {
  const everything = facts({
    creatingObjects: [{ id: 'a', creationPeriodEndsOn: '2026-11-01' }],
    acceptanceSubmitted: 1,
    certificationShortlisted: 1,
    openAcceptanceReviews: [{ applicationId: 'r', usableExperts: 0, progress: { undeclared: 0, awaited: 0, submitted: 0 } }],
    unannouncedCertificationNotices: [{ endsOn: '2026-11-01', entries: [{ name: '甲', isUnderNotice: true, unresolvedObjections: 0 }] }],
    openAcceptanceAssignments: 2,
  });
  it.each([
    ['applicant', ['acceptance.apply']],
    ['province', ['acceptance.start', 'acceptance.assignExperts', 'certification.publishNotice', 'certification.announce']],
    ['expert', ['acceptance.judge']],
    ['city', []],
    ['auditor', []],
    ['sysadmin', []],
  ] as const)('%s → %j', (role, keys) => {
    expect(acceptanceTodos({ ...everything, role }).map((t) => t.key)).toEqual(keys);
  });

  it('the expert’s count and page', () => {
    expect(acceptanceTodos(facts({ role: 'expert', openAcceptanceAssignments: 1 }))[0]).toMatchObject({ count: 1, link: '/workspace/my-acceptance-reviews' });
  });
});
