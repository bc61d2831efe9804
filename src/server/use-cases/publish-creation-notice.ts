// Art. 7(2): 择优确定拟创建对象并通过厅网站公示5个工作日. Every shortlisted application of the call moves to
// 公示 in one transaction with the notice that lists it, so a notice never shows an entry that is not under
// publicity and no entry is under publicity without its notice.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { PublicNoticeDetail, PublishCreationNoticeRequest } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { DOCX_MEDIA_TYPE } from '../documents/docx-media-type';
import { buildNoticeDocx } from '../documents/notice-docx';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toEntryView, toPublicSummary } from './notice-view';
import { notify } from './notify';
import { planCreationNotice } from './plan-creation-notice';
import { requirePermission } from './require-actor';
import { storeFileIn } from './store-file';

const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const defaultTitle = (year: number): string => `${year}年度广东省中小企业公共服务示范平台（基地）拟创建对象公示`;
const defaultText = (year: number): string =>
  `根据《广东省中小企业公共服务示范平台（基地）创建管理办法》第七条，经各地级以上市中小企业主管部门推荐、形式审查和专家评审，` +
  `现将${year}年度拟创建对象名单予以公示（按所在地区排列，不分先后）。`;

export async function publishCreationNotice(deps: Deps, ctx: RequestContext, callId: string, input: PublishCreationNoticeRequest): Promise<PublicNoticeDetail> {
  const actor = requirePermission(ctx, 'notice.manage');
  return deps.db.transaction(async (tx) => {
    const plan = await planCreationNotice(tx, deps, callId);
    // The id first: each entry records the notice it is now under (LifecycleFacts.publicityNoticeId).
    const id = randomUUID();
    for (const item of plan.items) {
      const locked = await lockApplication(tx, ctx, item.application.id, 'notice.manage', item.application.lockVersion);
      await applyApplicationEvent(tx, deps, ctx, locked, 'publish_creation_notice', { publicityEndsOn: plan.window.end, publicityNoticeId: id });
    }
    const title = input?.title ?? defaultTitle(plan.call.year);
    const text = input?.text ?? defaultText(plan.call.year);
    const entries = plan.items.map(({ entry }) => entry);
    const bytes = await buildNoticeDocx({ title, text, entries: entries.map((e) => toEntryView(e)), startsOn: plan.window.start, endsOn: plan.window.end, noticeId: id, publicBaseUrl: deps.publicBaseUrl });
    const file = await storeFileIn(tx, deps, ctx, { content: Readable.from(bytes), originalName: `${title}.docx`, mediaType: DOCX_MEDIA_TYPE, maxBytes: DOCUMENT_MAX_BYTES });
    const at = deps.clock.now();
    const notice = await noticesRepository.insertNotice(tx, {
      id,
      callId: plan.call.id,
      stage: 'creation',
      title,
      text,
      publishedOn: plan.publishedOn,
      startsOn: plan.window.start,
      endsOn: plan.window.end,
      handlingDueOn: plan.handlingDueOn,
      entries,
      documentFileId: file.id,
      publishedBy: actor.userId,
      publishedAt: at,
    });
    await appendAudit(tx, deps, ctx, { action: 'notice.published', objectType: 'publicity_notice', objectId: id, after: { stage: 'creation', callId, startsOn: notice.startsOn, endsOn: notice.endsOn, handlingDueOn: notice.handlingDueOn, entries: entries.length } });
    for (const { entry, application } of plan.items) {
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
        title: '申报已进入拟创建对象公示',
        body: `“${entry.name}”已列入拟创建对象公示，公示期${notice.startsOn}至${notice.endsOn}。`,
        link: `/notices/${id}`,
      });
    }
    return { ...toPublicSummary(notice), text, entries: entries.map((e) => toEntryView(e)), isObjectionOpen: true, hasDocument: true };
  });
}
