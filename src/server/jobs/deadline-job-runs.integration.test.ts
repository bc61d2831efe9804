// The job is idempotent: a second run the same day, or a second app server running it at the same moment, does each
// thing once. On PostgreSQL two runs use two connections and the advisory lock decides; PGlite has one connection and
// runs them one after the other, so there only the unique keys are at work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadlinesRepository } from '../../db/repositories/deadlines.repository';
import { jobRuns } from '../../db/schema/index';
import { createDeadlineFixture, type DeadlineFixture } from './deadline-job-fixture';

let f: DeadlineFixture;
beforeEach(async () => {
  f = await createDeadlineFixture();
  // On DAY: the province about the ended period; the city about the 4th half year's missing report;
  // the province about a submitted application the city left past its deadline.
  await f.creationObject('2026-01-05', 'creating', [1, 2, 3]);
  await f.application('submitted');
});
afterEach(async () => {
  await f.close();
});

const DAY = '2028-02-12';
const EXPECTED = { 'creation-period.ended': 1, 'progress-report.overdue': 1, 'city-review.overdue': 1 };

async function expectEachNotificationOnce() {
  expect((await f.inbox(f.people.province)).sort()).toEqual(['创建期已满，待组织评估验收', '地市初审逾期']);
  expect(await f.inbox(f.people.city)).toEqual(['半年进展报告逾期未提交']);
  expect(await f.actionKeys()).toHaveLength(3);
}

describe('runDeadlineJob', () => {
  it('a second run the same day finds everything done and sends nothing; each run is recorded', async () => {
    expect(await f.runOn(DAY)).toEqual({ skipped: false, today: DAY, done: EXPECTED });
    expect(await f.runOn(DAY)).toEqual({ skipped: false, today: DAY, done: {} });
    await expectEachNotificationOnce();
    const runs = await f.db.select().from(jobRuns);
    expect(runs.map((r) => ({ job: r.job, today: r.today, summary: r.summary }))).toEqual([
      { job: 'deadlines', today: DAY, summary: EXPECTED },
      { job: 'deadlines', today: DAY, summary: {} },
    ]);
  });

  it('two runs at the same moment (two app servers) do each thing once', async () => {
    const results = await Promise.all([f.runOn(DAY), f.runOn(DAY)]);
    await expectEachNotificationOnce();
    // Whichever ran second either skipped (lock held) or found every key taken; together they did the work once.
    const total: Record<string, number> = {};
    for (const result of results) for (const [kind, n] of Object.entries(result.done)) total[kind] = (total[kind] ?? 0) + n;
    expect(total).toEqual(EXPECTED);
    expect(await f.jobRunCount()).toBe(results.filter((r) => !r.skipped).length);
  });

  // PGlite serves one connection, so a transaction holding the lock would block the run instead of racing it.
  it.skipIf(!process.env.TEST_DATABASE_URL)('a run while another holds the lock skips at once and writes nothing (PostgreSQL)', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let signalLocked = () => {};
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = f.db.transaction(async (tx) => {
      expect(await deadlinesRepository.tryLockJob(tx)).toBe(true);
      signalLocked();
      await released;
    });
    await locked;
    try {
      expect(await f.runOn(DAY)).toEqual({ skipped: true, today: DAY, done: {} });
      expect(await f.actionKeys()).toEqual([]);
      expect(await f.jobRunCount()).toBe(0);
    } finally {
      release();
      await holder;
    }
    expect(await f.runOn(DAY)).toMatchObject({ skipped: false, done: EXPECTED });
    await expectEachNotificationOnce();
  });
});
