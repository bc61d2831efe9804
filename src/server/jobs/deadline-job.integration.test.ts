// Every kind of deadline action at its boundary days, against the real schema: who is told, once, and that nothing is
// sent for states that do not apply. The job never changes an application (ADR 0009).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { createDeadlineFixture, type DeadlineFixture } from './deadline-job-fixture';

let f: DeadlineFixture;
beforeEach(async () => {
  f = await createDeadlineFixture();
});
afterEach(async () => {
  await f.close();
});

const runAll = async (days: string[]) => {
  for (const day of days) await f.runOn(day);
};

describe('creation period end (creating, period 2026-01-05 … 2028-01-05)', () => {
  const END = '2028-01-05';
  const around = (offsets: number[]) => offsets.map((n) => addDays(END, n));

  it('reminds the operator 30, 7 and 1 days before, each once, and tells the province once the day after', async () => {
    const object = await f.creationObject('2026-01-05', 'creating', [1, 2, 3, 4]);
    await runAll(around([-31, -30, -30, -29, -8, -7, -6, -2, -1, 0]));
    expect(await f.inbox(f.people.operator)).toEqual(['创建期即将届满，请申请评估验收', '创建期即将届满，请申请评估验收', '创建期即将届满，请申请评估验收']);
    expect(await f.inbox(f.people.province)).toEqual([]);
    await runAll(around([1, 1, 2, 40]));
    expect(await f.inbox(f.people.province)).toEqual(['创建期已满，待组织评估验收']);
    expect(await f.actionKeys()).toEqual([
      `creation-period.ended:${object.id}:${END}`,
      `creation-period.reminder:${object.id}:${END}:1`,
      `creation-period.reminder:${object.id}:${END}:30`,
      `creation-period.reminder:${object.id}:${END}:7`,
    ]);
    // No act of the job moves the object: it is still creating, with no event in its history.
    const after = await applicationsRepository.findById(f.db, object.id);
    expect(after).toMatchObject({ state: 'creating', lockVersion: object.lockVersion });
    expect(await applicationsRepository.listEvents(f.db, object.id)).toEqual([]);
  });

  it('a run that missed the 30-day day sends that reminder the next day; none after the deadline', async () => {
    await f.creationObject('2026-01-05', 'creating', [1, 2, 3, 4]);
    await f.runOn(addDays(END, -29));
    expect(await f.inbox(f.people.operator)).toHaveLength(1);
    await f.runOn(addDays(END, 3)); // the server was down from day 29 to after the deadline
    expect(await f.inbox(f.people.operator)).toHaveLength(1);
  });

  it('an object that has applied (acceptance_submitted) is not reminded; the province is still told it awaits acceptance', async () => {
    await f.creationObject('2026-01-05', 'acceptance_submitted', [1, 2, 3, 4]);
    await runAll(around([-30, -7, -1]));
    expect(await f.inbox(f.people.operator)).toEqual([]);
    await f.runOn(addDays(END, 1));
    expect(await f.inbox(f.people.province)).toEqual(['创建期已满，待组织评估验收']);
  });

  it('an object already under review or certified gets nothing', async () => {
    await f.creationObject('2026-01-05', 'acceptance_review', [1, 2, 3, 4]);
    await f.creationObject('2026-01-05', 'certified');
    await runAll(around([-7, 1]));
    expect(await f.inbox(f.people.operator)).toEqual([]);
    expect(await f.inbox(f.people.province)).toEqual([]);
    expect(await f.inbox(f.people.city)).toEqual([]);
  });
});

describe('progress reports (half year 1 ends 2026-07-04, due 2026-08-04)', () => {
  const DUE = '2026-08-04';
  it('reminds the operator 30, 7 and 1 days before the due day and marks it overdue once for the city', async () => {
    const object = await f.creationObject('2026-01-05', 'creating', [2, 3, 4]);
    await runAll([31, 30, 29, 8, 7, 6, 2, 1, 0].map((n) => addDays(DUE, -n)));
    expect(await f.inbox(f.people.operator)).toEqual(['请按时提交第1个半年进展报告', '请按时提交第1个半年进展报告', '请按时提交第1个半年进展报告']);
    expect(await f.inbox(f.people.city)).toEqual([]);
    await runAll([addDays(DUE, 1), addDays(DUE, 1), addDays(DUE, 20)]);
    expect(await f.inbox(f.people.city)).toEqual(['半年进展报告逾期未提交']);
    expect(await f.actionKeys()).toContain(`progress-report.overdue:${object.id}:1`);
  });

  it('a reported half year is neither reminded nor marked', async () => {
    await f.creationObject('2026-01-05', 'creating', [1, 2, 3, 4]);
    await runAll([addDays(DUE, -7), addDays(DUE, 1)]);
    expect(await f.inbox(f.people.operator)).toEqual([]);
    expect(await f.inbox(f.people.city)).toEqual([]);
  });
});

describe('公示 windows and objections (window ends 2026-10-09, objections due 2026-10-23)', () => {
  it('tells the province once the window has closed, naming the next step of the stage', async () => {
    const creation = await f.application('creation_publicity');
    const certification = await f.application('certification_publicity');
    await f.notice({ stage: 'creation', applicationIds: [creation.application.id], endsOn: '2026-10-09', handlingDueOn: '2026-10-23' });
    await f.notice({ stage: 'certification', applicationIds: [certification.application.id], endsOn: '2026-10-09', handlingDueOn: '2026-10-23' });
    await f.runOn('2026-10-09');
    expect(await f.inbox(f.people.province)).toEqual([]);
    await runAll(['2026-10-10', '2026-10-10', '2026-10-12']);
    expect((await f.inbox(f.people.province)).sort()).toEqual(['公示期已结束，待发文公告正式认定', '公示期已结束，待确定创建对象']);
  });

  it('nothing for a window whose entries are all decided', async () => {
    const confirmed = await f.application('creating');
    await f.notice({ stage: 'creation', applicationIds: [confirmed.application.id], endsOn: '2026-10-09', handlingDueOn: '2026-10-23' });
    await f.runOn('2026-10-10');
    expect(await f.inbox(f.people.province)).toEqual([]);
  });

  it('reminds the province 7 and 1 days before the handling day and escalates an overdue objection once to the auditors', async () => {
    const entry = await f.application('province_rejected'); // decided: only the objection is left
    await f.notice({ stage: 'creation', applicationIds: [entry.application.id], endsOn: '2026-10-09', handlingDueOn: '2026-10-23', openObjections: 2 });
    await runAll(['2026-10-15', '2026-10-16', '2026-10-17', '2026-10-21', '2026-10-22', '2026-10-23']);
    expect(await f.inbox(f.people.province)).toEqual(['公示异议即将到期，请及时核实', '公示异议即将到期，请及时核实']);
    expect(await f.inbox(f.people.auditor)).toEqual([]);
    await runAll(['2026-10-24', '2026-10-25']);
    expect(await f.inbox(f.people.auditor)).toEqual(['公示异议逾期未核实']);
    expect(await f.inbox(f.people.province)).toHaveLength(2);
  });
});

describe('city initial review', () => {
  it('escalates an application still submitted after the call deadline to the province, once', async () => {
    const { cityReviewDeadline } = await f.application('submitted');
    await f.application('recommended');
    await f.runOn(cityReviewDeadline);
    expect(await f.inbox(f.people.province)).toEqual([]);
    await runAll([addDays(cityReviewDeadline, 1), addDays(cityReviewDeadline, 2)]);
    expect(await f.inbox(f.people.province)).toEqual(['地市初审逾期']);
  });
});

describe('acceptance review open long (started 2028-01-10)', () => {
  it('reminds the province once on the 60th day; nothing for a review of a cancelled object', async () => {
    const reviewed = await f.creationObject('2026-01-05', 'acceptance_review', [1, 2, 3, 4]);
    const cancelled = await f.creationObject('2026-01-05', 'creation_cancelled');
    await f.openAcceptanceReview(reviewed.id, '2028-01-10');
    await f.openAcceptanceReview(cancelled.id, '2028-01-10');
    await f.runOn(addDays('2028-01-10', 59));
    expect(await f.inbox(f.people.province)).toEqual([]);
    await runAll([addDays('2028-01-10', 60), addDays('2028-01-10', 61)]);
    expect(await f.inbox(f.people.province)).toEqual(['评估验收已开展较长时间，尚未作出结论']);
  });

  it('a revision reopened by an upheld 拟认定公示 objection counts its 60 days from the day it was reopened', async () => {
    const reopened = await f.creationObject('2026-01-05', 'acceptance_review', [1, 2, 3, 4]);
    await f.openAcceptanceReview(reopened.id, '2028-01-10', '2028-06-01');
    await runAll(['2028-06-01', addDays('2028-06-01', 59)]);
    expect(await f.inbox(f.people.province)).toEqual([]);
    await runAll([addDays('2028-06-01', 60), addDays('2028-06-01', 61)]);
    expect(await f.inbox(f.people.province)).toEqual(['评估验收已开展较长时间，尚未作出结论']);
  });
});
