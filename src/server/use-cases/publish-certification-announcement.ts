// Art. 7(4): 公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定. After the 拟认定公示's window, with no
// open objection, every entry still under this 公示 is certified in one transaction with the one 认定公告 that lists
// it and its certificate number (ADR 0015): no announcement without its certifications, and none twice.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AnnouncementView, PublishAnnouncementRequest } from '../../contracts/certification';
import { certificationRepository } from '../../db/repositories/certification.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { yearOf } from '../../domain/calendar/day-arithmetic';
import { announcementBlockedReason } from '../../domain/certification/announcement-rules';
import { numberCertificates } from '../../domain/certification/certificate-number';
import { confirmableEntry, isUnderNotice } from '../../domain/publicity/under-notice';
import { AppError } from '../../domain/shared/app-error';
import { projectRegistryEntry } from '../registry/project-registry-entry';
import { buildAnnouncementDocx } from '../documents/announcement-docx';
import { DOCX_MEDIA_TYPE } from '../documents/docx-media-type';
import { toAnnouncementEntryView, toAnnouncementView } from './announcement-view';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';
import { storeFileIn } from './store-file';

const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const defaultTitle = (year: number): string => `关于认定${year}年广东省中小企业公共服务示范平台（基地）的公告`;
const DEFAULT_TEXT =
  '根据《广东省中小企业公共服务示范平台（基地）创建管理办法》第七条，经创建期满评估验收和公示，现认定下列平台（基地）为广东省中小企业公共服务示范平台（基地）（按所在地区排列，不分先后），特此公告。';

export async function publishCertificationAnnouncement(deps: Deps, ctx: RequestContext, noticeId: string, input: PublishAnnouncementRequest): Promise<AnnouncementView> {
  const actor = requirePermission(ctx, 'certification.manage');
  return deps.db.transaction(async (tx) => {
    const notice = await noticesRepository.findNotice(tx, noticeId);
    if (!notice) throw notFound();
    if (notice.stage !== 'certification') throw new AppError('TRANSITION_NOT_ALLOWED', '该公示不是拟认定对象公示，不能据此发布认定公告');
    // The entries are locked first, so of two officers publishing at once the second sees the first's announcement.
    const locked = [];
    for (const entry of notice.entries) locked.push({ entry, application: await lockApplication(tx, ctx, entry.applicationId, 'certification.manage') });
    const existing = await certificationRepository.findAnnouncementOfNotice(tx, notice.id);
    if (existing) throw new AppError('STATE_CHANGED', `该公示的认定公告已于${existing.publishedOn}发布，不能重复发布`, { details: { announcementId: existing.id } });
    const today = deps.clock.today();
    const blocked = announcementBlockedReason(
      notice,
      locked.map(({ entry, application }) => confirmableEntry(entry.name, application, notice)),
      today,
      null,
    );
    if (blocked) throw new AppError('TRANSITION_PRECONDITION_FAILED', blocked, { details: { endsOn: notice.endsOn } });

    const year = yearOf(today);
    // Only entries under this very notice: one taken off it and listed on a later 拟认定公示 is that notice's to certify.
    const open = locked.filter(({ application }) => isUnderNotice(application, notice));
    const numbered = numberCertificates(
      open.map(({ entry, application }) => ({ ...entry, application })),
      year,
      await certificationRepository.lastSequencesForUpdate(tx, year),
    );
    for (const { application } of numbered) await applyApplicationEvent(tx, deps, ctx, application, 'certify');

    const id = randomUUID();
    const title = input?.title ?? defaultTitle(year);
    const text = input?.text ?? DEFAULT_TEXT;
    const entries = numbered.map(({ application: _application, sequence: _sequence, ...entry }) => entry);
    const bytes = await buildAnnouncementDocx({ title, text, entries: entries.map(toAnnouncementEntryView), publishedOn: today });
    const file = await storeFileIn(tx, deps, ctx, { content: Readable.from(bytes), originalName: `${title}.docx`, mediaType: DOCX_MEDIA_TYPE, maxBytes: DOCUMENT_MAX_BYTES });
    const announcement = await certificationRepository.insertAnnouncement(tx, {
      id,
      noticeId: notice.id,
      title,
      text,
      publishedOn: today,
      entries,
      documentFileId: file.id,
      publishedBy: actor.userId,
      publishedAt: deps.clock.now(),
    });
    await certificationRepository.insertCertifications(
      tx,
      numbered.map(({ application, sequence, certificateNumber, carrier }) => ({ applicationId: application.id, announcementId: id, certificateNumber, carrier, year, sequence, certifiedOn: today })),
    );
    // ADR 0017: the registry shows each certificate number (and the 认定 line of its history) from the announcement on.
    for (const { application } of numbered) await projectRegistryEntry(tx, deps, application.id);
    await appendAudit(tx, deps, ctx, {
      action: 'announcement.published',
      objectType: 'certification_announcement',
      objectId: id,
      after: { noticeId: notice.id, publishedOn: today, certificates: entries.map((e) => ({ applicationId: e.applicationId, certificateNumber: e.certificateNumber })) },
    });
    for (const { application, name, certificateNumber } of numbered) {
      const body = `“${name}”已由省工业和信息化厅发文公告正式认定为广东省中小企业公共服务示范平台（基地），证书编号${certificateNumber}。`;
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, { title: '已正式认定', body, link: `/announcements/${id}` });
      await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, { title: '本市平台（基地）已正式认定', body, link: null });
    }
    return toAnnouncementView(announcement);
  });
}
