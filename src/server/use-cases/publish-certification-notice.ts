// Art. 7(4): 拟认定名单通过厅网站公示5个工作日. Every 拟认定对象 moves to 公示 in one transaction with the notice
// that lists it (stage 'certification', no call), as the creation notice does (publish-creation-notice.ts).
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { PublishCertificationNoticeRequest } from '../../contracts/certification';
import type { PublicNoticeDetail } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { DOCX_MEDIA_TYPE } from '../documents/docx-media-type';
import { buildNoticeDocx } from '../documents/notice-docx';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toEntryView, toPublicSummary } from './notice-view';
import { notify } from './notify';
import { DEFAULT_CERTIFICATION_NOTICE_TEXT, defaultCertificationNoticeTitle, planCertificationNotice } from './plan-certification-notice';
import { requirePermission } from './require-actor';
import { storeFileIn } from './store-file';

const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export async function publishCertificationNotice(deps: Deps, ctx: RequestContext, input: PublishCertificationNoticeRequest): Promise<PublicNoticeDetail> {
  const actor = requirePermission(ctx, 'certification.manage');
  return deps.db.transaction(async (tx) => {
    const plan = await planCertificationNotice(tx, deps);
    // The id first: each entry records the notice it is now under (LifecycleFacts.publicityNoticeId).
    const id = randomUUID();
    for (const item of plan.items) {
      const locked = await lockApplication(tx, ctx, item.application.id, 'certification.manage', item.application.lockVersion);
      await applyApplicationEvent(tx, deps, ctx, locked, 'publish_certification_notice', { publicityEndsOn: plan.window.end, publicityNoticeId: id });
    }
    const title = input?.title ?? defaultCertificationNoticeTitle(plan.publishedOn);
    const text = input?.text ?? DEFAULT_CERTIFICATION_NOTICE_TEXT;
    const entries = plan.items.map(({ entry }) => entry);
    const bytes = await buildNoticeDocx({ title, text, entries: entries.map((e) => toEntryView(e)), startsOn: plan.window.start, endsOn: plan.window.end, noticeId: id, publicBaseUrl: deps.publicBaseUrl });
    const file = await storeFileIn(tx, deps, ctx, { content: Readable.from(bytes), originalName: `${title}.docx`, mediaType: DOCX_MEDIA_TYPE, maxBytes: DOCUMENT_MAX_BYTES });
    const notice = await noticesRepository.insertNotice(tx, {
      id,
      callId: null,
      stage: 'certification',
      title,
      text,
      publishedOn: plan.publishedOn,
      startsOn: plan.window.start,
      endsOn: plan.window.end,
      handlingDueOn: plan.handlingDueOn,
      entries,
      documentFileId: file.id,
      publishedBy: actor.userId,
      publishedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, { action: 'notice.published', objectType: 'publicity_notice', objectId: id, after: { stage: 'certification', startsOn: notice.startsOn, endsOn: notice.endsOn, handlingDueOn: notice.handlingDueOn, entries: entries.length } });
    for (const { entry, application } of plan.items) {
      const body = `“${entry.name}”已列入拟认定对象公示，公示期${notice.startsOn}至${notice.endsOn}。`;
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, { title: '已进入拟认定对象公示', body, link: `/notices/${id}` });
      await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, { title: '本市平台（基地）进入拟认定对象公示', body, link: null });
    }
    return { ...toPublicSummary(notice), text, entries: entries.map((e) => toEntryView(e)), isObjectionOpen: true, hasDocument: true };
  });
}
