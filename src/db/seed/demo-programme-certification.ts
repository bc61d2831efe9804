// The demo programme's first certifications (Art. 7(4)): the 2024 creation objects whose acceptance passed were listed
// on one 拟认定对象公示 (published 2026-10-23, 5 working days to 10-29, objections answerable to 11-12 — the dates
// publish-certification-notice.ts would compute on the 2026 calendar) and certified by one 认定公告 on 2026-11-03,
// each with its certificate number (ADR 0015: numbered in neutral order, one sequence per carrier). Without these
// rows a certified demo object would show no certificate and the public 认定公告 page would be empty.
import { numberCertificates } from '../../domain/certification/certificate-number';
import { inNeutralOrder } from '../../domain/publicity/notice-entries';
import type { Db } from '../client';
import { certificationRepository } from '../repositories/certification.repository';
import { noticesRepository } from '../repositories/notices.repository';
import type { NoticeEntry } from '../schema/publicity';

export const DEMO_CERTIFICATION = {
  noticePublishedOn: '2026-10-23',
  noticeEndsOn: '2026-10-29',
  handlingDueOn: '2026-11-12',
  certifiedOn: '2026-11-03',
} as const;

const YEAR = 2026;

/** Writes the notice, the announcement and one certificate per entry; returns the certificate numbers by application. */
export async function insertDemoCertification(tx: Db, entries: readonly NoticeEntry[], publishedBy: string): Promise<Map<string, string>> {
  if (entries.length === 0) return new Map();
  const ordered = inNeutralOrder(entries);
  const notice = await noticesRepository.insertNotice(tx, {
    callId: null,
    stage: 'certification',
    title: `${YEAR}年拟认定广东省中小企业公共服务示范平台（基地）公示`,
    text: '根据《广东省中小企业公共服务示范平台（基地）创建管理办法》第七条，现将拟认定对象予以公示（按所在地区排列，不分先后）。',
    publishedOn: DEMO_CERTIFICATION.noticePublishedOn,
    startsOn: DEMO_CERTIFICATION.noticePublishedOn,
    endsOn: DEMO_CERTIFICATION.noticeEndsOn,
    handlingDueOn: DEMO_CERTIFICATION.handlingDueOn,
    entries: ordered,
    publishedBy,
    publishedAt: new Date(`${DEMO_CERTIFICATION.noticePublishedOn}T02:00:00Z`),
  });
  const numbered = numberCertificates(ordered, YEAR, { platform: 0, base: 0 });
  const announcement = await certificationRepository.insertAnnouncement(tx, {
    noticeId: notice.id,
    title: `关于认定${YEAR}年广东省中小企业公共服务示范平台（基地）的公告`,
    text: '根据《广东省中小企业公共服务示范平台（基地）创建管理办法》第七条，经创建期满评估验收和公示，现认定下列平台（基地）为广东省中小企业公共服务示范平台（基地）（按所在地区排列，不分先后），特此公告。',
    publishedOn: DEMO_CERTIFICATION.certifiedOn,
    entries: numbered.map(({ sequence: _sequence, ...entry }) => entry),
    publishedBy,
    publishedAt: new Date(`${DEMO_CERTIFICATION.certifiedOn}T02:00:00Z`),
  });
  await certificationRepository.insertCertifications(
    tx,
    numbered.map((entry) => ({
      applicationId: entry.applicationId,
      announcementId: announcement.id,
      certificateNumber: entry.certificateNumber,
      carrier: entry.carrier,
      year: YEAR,
      sequence: entry.sequence,
      certifiedOn: DEMO_CERTIFICATION.certifiedOn,
    })),
  );
  return new Map(numbered.map((entry) => [entry.applicationId, entry.certificateNumber]));
}
