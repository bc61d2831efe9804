// A database with one person per role the deadline job tells (operator, city, province, auditor) and builders for the
// dated items it reads, for the job's integration tests. Each test makes its own database: the job reads them all.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { progressReportsRepository } from '../../db/repositories/progress-reports.repository';
import { acceptanceReviews, deadlineActions, jobRuns } from '../../db/schema/index';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation, createUser } from '../../db/testing/builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { createTestDatabase } from '../../db/testing/create-test-database';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import { fixedClock } from '../clock';
import { at } from '../testing/notice-fixtures';
import { runDeadlineJob } from './deadline-job';

export async function createDeadlineFixture() {
  const database: Database = await createTestDatabase();
  const db = database.db;
  const clock = fixedClock(at('2026-01-05'));
  const organisation = await createOrganisation(db);
  const user = async (role: 'applicant' | 'city' | 'province' | 'auditor') =>
    (await createUser(db, { role, passwordHash: 'not-used', cityCode: role === 'city' ? '440100' : null, organisationId: role === 'applicant' ? organisation.id : null })).user.id;
  const people = { operator: await user('applicant'), city: await user('city'), province: await user('province'), auditor: await user('auditor') };
  let callYear = 2010;

  return {
    database,
    db,
    clock,
    organisation,
    people,
    /** Runs the job as if it were 10:00 in Asia/Shanghai on that day. */
    async runOn(day: PlainDate) {
      clock.set(at(day));
      return runDeadlineJob({ db, clock });
    },
    /** The titles of a person's notifications, oldest first. */
    async inbox(userId: string): Promise<string[]> {
      return (await notificationsRepository.listForUser(db, userId, 500)).map((n) => n.title).reverse();
    },
    async actionKeys(): Promise<string[]> {
      return (await db.select({ key: deadlineActions.key }).from(deadlineActions)).map((r) => r.key).sort();
    },
    async jobRunCount(): Promise<number> {
      return (await db.select({ id: jobRuns.id }).from(jobRuns)).length;
    },
    async creationObject(startsOn: PlainDate, state: LifecycleState = 'creating', reportedHalfYears: number[] = []) {
      callYear += 1;
      const object = await createCreationObject(db, { organisationId: organisation.id, startsOn, state, callYear });
      for (const halfYear of reportedHalfYears) {
        await progressReportsRepository.insert(db, { applicationId: object.id, halfYear, periodStart: startsOn, periodEnd: startsOn, narrative: '进展', goalProgress: [], submittedAt: at(startsOn) });
      }
      return object;
    },
    /** An application of a call of its own; the call's city review deadline is 29 May of the call's year. */
    async application(state: LifecycleState) {
      callYear += 1;
      const call = await createPublishedCall(db, people.province, { year: callYear });
      const application = await createApplication(db, { callId: call.id, organisationId: organisation.id, cityCode: '440100', state });
      return { application, cityReviewDeadline: call.cityReviewDeadline };
    },
    async notice(options: { stage: 'creation' | 'certification'; applicationIds: string[]; endsOn: PlainDate; handlingDueOn: PlainDate; openObjections?: number }) {
      const notice = await noticesRepository.insertNotice(db, {
        stage: options.stage,
        title: options.stage === 'creation' ? '拟创建对象公示' : '拟认定对象公示',
        text: '公示',
        publishedOn: '2026-09-28',
        startsOn: '2026-09-29',
        endsOn: options.endsOn,
        handlingDueOn: options.handlingDueOn,
        entries: options.applicationIds.map((applicationId) => ({ applicationId, applicationNumber: 'GD', name: '平台', organisationName: '主体', cityCode: '440100', countyCode: '440106', carrier: 'platform' as const })),
        publishedAt: at('2026-09-28'),
      });
      // An entry in the 公示 state is under this notice, as publishing it would have recorded (under-notice.ts).
      for (const applicationId of options.applicationIds) {
        const row = await applicationsRepository.findById(db, applicationId);
        if (row?.state === `${options.stage}_publicity`) await applicationsRepository.saveFacts(db, applicationId, { ...row.facts, publicityNoticeId: notice.id }, at('2026-09-28'));
      }
      for (let i = 0; i < (options.openObjections ?? 0); i += 1) {
        await noticesRepository.insertObjection(db, {
          noticeId: notice.id,
          applicationId: options.applicationIds[0] ?? '',
          receiptNumber: `YY-20261001-${randomBytes(3).toString('hex').toUpperCase()}`,
          objectorName: '张三',
          objectorPhone: '13900000000',
          facts: '数据不实',
          attachmentFileIds: [],
          receivedAt: at('2026-10-01'),
        });
      }
      return notice;
    },
    /**
     * An attempt started on startedOn and undecided; with reopenedOn, revision 1 passed and revision 2 was opened that
     * day by an upheld 拟认定公示 objection (same startedAt, as insertRevision copies it).
     */
    async openAcceptanceReview(applicationId: string, startedOn: PlainDate, reopenedOn?: PlainDate) {
      const startedAt = at(startedOn);
      const started = { applicationId, attempt: 1, startedAt, startedBy: people.province, snapshot: { standardVersion: 'guangdong-2025-v1', takenOn: startedOn, window: { startsOn: startedOn, endsOn: startedOn, label: '整个创建期' }, dashboard: {} } };
      const undecided = reopenedOn
        ? { ...started, revision: 2, reopenedReason: '异议属实', createdAt: at(reopenedOn), updatedAt: at(reopenedOn) }
        : { ...started, createdAt: startedAt, updatedAt: startedAt };
      if (reopenedOn) {
        await db.insert(acceptanceReviews).values({ ...started, outcome: 'passed', outcomeReason: '达到认定标准', decidedBy: people.province, decidedAt: startedAt, createdAt: startedAt, updatedAt: startedAt });
      }
      const [row] = await db.insert(acceptanceReviews).values(undecided).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },
    close: () => database.close(),
  };
}

export type DeadlineFixture = Awaited<ReturnType<typeof createDeadlineFixture>>;
