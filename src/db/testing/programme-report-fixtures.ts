// What the yearly programme report (F8 item 3) counts, written straight into a test database: lifecycle history rows
// at given instants, a certification announcement with its certificates, a re-review round with decided outcomes.
// The applications themselves come from the usual builders (application-builders.ts).
import type { Db } from '../client';
import { applicationsRepository } from '../repositories/applications.repository';
import { certificationRepository } from '../repositories/certification.repository';
import { noticesRepository } from '../repositories/notices.repository';
import { reReviewRepository } from '../repositories/re-review.repository';

export interface HistoryStep {
  event: string;
  fromState: string;
  toState: string;
  /** ISO instant. */
  at: string;
  reason?: string;
  isReasonPublic?: boolean;
}

export async function recordHistory(db: Db, applicationId: string, steps: readonly HistoryStep[]): Promise<void> {
  for (const step of steps) {
    await applicationsRepository.insertEvent(db, {
      applicationId,
      event: step.event,
      fromState: step.fromState,
      toState: step.toState,
      actorRole: 'province',
      reason: step.reason ?? null,
      isReasonPublic: step.isReasonPublic ?? false,
      effects: [],
      occurredAt: new Date(step.at),
    });
  }
}

export interface CertifiedEntry {
  applicationId: string;
  carrier: 'platform' | 'base';
}

/** One 认定公告 on `certifiedOn` certifying the entries in the order given (certificate numbers 1, 2, … per carrier). */
export async function certifyEntries(db: Db, callId: string, certifiedOn: string, entries: readonly CertifiedEntry[]): Promise<string[]> {
  const year = Number(certifiedOn.slice(0, 4));
  const notice = await noticesRepository.insertNotice(db, {
    callId,
    stage: 'certification',
    title: `${year}年度拟认定对象公示`,
    text: '现予公示。',
    publishedOn: certifiedOn,
    startsOn: certifiedOn,
    endsOn: certifiedOn,
    handlingDueOn: certifiedOn,
    entries: [],
    publishedAt: new Date(`${certifiedOn}T02:00:00Z`),
  });
  const announcement = await certificationRepository.insertAnnouncement(db, {
    noticeId: notice.id,
    title: `关于认定${year}年度广东省中小企业公共服务示范平台（基地）的公告`,
    text: '经评估验收、公示，现予认定。',
    publishedOn: certifiedOn,
    entries: [],
    publishedAt: new Date(`${certifiedOn}T02:00:00Z`),
  });
  const sequences = { platform: 0, base: 0 };
  const values = entries.map((entry) => {
    sequences[entry.carrier] += 1;
    const sequence = sequences[entry.carrier];
    const certificateNumber = `粤中小示范${entry.carrier === 'platform' ? '平台' : '基地'}〔${year}〕${String(sequence).padStart(3, '0')}号`;
    return { applicationId: entry.applicationId, announcementId: announcement.id, certificateNumber, carrier: entry.carrier, year, sequence, certifiedOn };
  });
  await certificationRepository.insertCertifications(db, values);
  return values.map((value) => value.certificateNumber);
}

export interface RoundOutcome {
  applicationId: string;
  outcome: 'passed' | 'failed' | null;
  isAfterRectification?: boolean;
}

/** A re-review round of `year` opened on `opensOn`, with one re-review per outcome (decided where given). */
export async function reReviewRound(db: Db, year: number, opensOn: string, outcomes: readonly RoundOutcome[]): Promise<void> {
  const at = new Date(`${opensOn}T02:00:00Z`);
  const round = await reReviewRepository.insertRound(db, { year, title: `${year}年度复核（第一批）`, opensOn, reportDueOn: opensOn, cityDueOn: opensOn, openedAt: at, createdAt: at });
  for (const item of outcomes) {
    await reReviewRepository.insert(db, {
      roundId: round.id,
      applicationId: item.applicationId,
      sequence: 1,
      isAfterRectification: item.isAfterRectification ?? false,
      windowStartsOn: `${year - 2}-01-01`,
      windowEndsOn: `${year - 1}-12-31`,
      outcome: item.outcome,
      outcomeReason: item.outcome === null ? null : '复核结论',
      decidedAt: item.outcome === null ? null : at,
      createdAt: at,
      updatedAt: at,
    });
  }
}
