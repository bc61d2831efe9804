// Art. 7(2): anyone may object, with a real name, to an entry of a 公示 while it is open. The objection is counted
// against the entry (LifecycleFacts.unresolvedObjections) so it cannot be confirmed until the province has found
// the objection untrue. Attachments are judged by their bytes, not by their names.
import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { OBJECTION_MAX_FILE_BYTES, OBJECTION_MAX_FILES, type ObjectionForm, type ObjectionReceipt } from '../../contracts/notices';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import type { Db } from '../../db/client';
import { countObjection } from '../../domain/publicity/objection-count';
import { formatReceiptNumber, isObjectionWindowOpen } from '../../domain/publicity/objection-window';
import { AppError } from '../../domain/shared/app-error';
import { sniffMediaType, type SniffedMediaType } from '../storage/sniff-media-type';
import { storeContent, type StoredContent } from '../storage/file-storage';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { notFound } from './require-actor';

export interface ObjectionAttachment {
  fileName: string;
  bytes: Buffer;
}

const RECEIPT_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const receiptToken = (): string => Array.from({ length: 6 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('');

// 36^6 tokens a day make a clash unlikely; one is still checked for rather than left to the unique index.
async function unusedReceiptNumber(db: Db, today: string): Promise<string> {
  for (;;) {
    const candidate = formatReceiptNumber(today, receiptToken());
    if (!(await noticesRepository.findObjectionByReceipt(db, candidate))) return candidate;
  }
}

function checkAttachments(attachments: readonly ObjectionAttachment[]): SniffedMediaType[] {
  if (attachments.length > OBJECTION_MAX_FILES) {
    throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'attachments', message: `附件最多${OBJECTION_MAX_FILES}个` }] });
  }
  return attachments.map((attachment) => {
    if (attachment.bytes.length > OBJECTION_MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `附件“${attachment.fileName}”超过10 MB`);
    const mediaType = sniffMediaType(attachment.bytes.subarray(0, 8));
    if (!mediaType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `附件“${attachment.fileName}”不是PDF、JPG或PNG文件`, { issues: [{ path: 'attachments', message: '附件只接受PDF、JPG、PNG文件' }] });
    return mediaType;
  });
}

export async function submitObjection(deps: Deps, ctx: RequestContext, noticeId: string, form: ObjectionForm, attachments: readonly ObjectionAttachment[]): Promise<ObjectionReceipt> {
  const notice = await noticesRepository.findNotice(deps.db, noticeId);
  if (!notice) throw notFound();
  const entry = notice.entries.find((e) => e.applicationId === form.applicationId);
  if (!entry) {
    throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'applicationId', message: '请选择本公示名单中的平台（基地）' }] });
  }
  const today = deps.clock.today();
  if (!isObjectionWindowOpen(notice, today)) {
    throw new AppError('PUBLICITY_NOT_OPEN', `该公示的异议受理期为${notice.startsOn}至${notice.endsOn}（含当日），当前不在受理期内`, {
      details: { startsOn: notice.startsOn, endsOn: notice.endsOn },
    });
  }
  const mediaTypes = checkAttachments(attachments);
  const stored: StoredContent[] = [];
  for (const attachment of attachments) stored.push(await storeContent(deps.dataDir, Readable.from(attachment.bytes), OBJECTION_MAX_FILE_BYTES));
  return deps.db.transaction(async (tx) => {
    const at = deps.clock.now();
    const fileIds: string[] = [];
    for (const [index, content] of stored.entries()) {
      const name = attachments[index]?.fileName ?? '附件';
      const file = await filesRepository.insert(tx, { ...content, mediaType: mediaTypes[index] ?? 'application/octet-stream', originalName: name.slice(0, 255), uploadedBy: null, createdAt: at });
      fileIds.push(file.id);
    }
    const objection = await noticesRepository.insertObjection(tx, {
      noticeId,
      applicationId: entry.applicationId,
      receiptNumber: await unusedReceiptNumber(tx, today),
      objectorName: form.objectorName,
      objectorPhone: form.objectorPhone,
      objectorEmail: form.objectorEmail ?? null,
      objectorOrganisation: form.objectorOrganisation ?? null,
      facts: form.facts,
      attachmentFileIds: fileIds,
      receivedAt: at,
    });
    // Counted only while the entry is still under this 公示; an entry already decided keeps its outcome, and the
    // objection is still answered.
    const application = await applicationsRepository.findByIdForUpdate(tx, entry.applicationId);
    if (application && application.state === `${notice.stage}_publicity`) {
      await applicationsRepository.saveFacts(tx, application.id, countObjection(application.facts, 'received'), at);
    }
    await appendAudit(tx, deps, ctx, { action: 'objection.received', objectType: 'objection', objectId: objection.id, after: { noticeId, applicationId: entry.applicationId, receiptNumber: objection.receiptNumber, attachments: fileIds.length } });
    await notify(tx, deps, { role: 'province' }, {
      title: '收到公示异议',
      body: `“${notice.title}”收到对“${entry.name}”的异议（回执号${objection.receiptNumber}），请在${notice.handlingDueOn}前核实。`,
      link: `/workspace/notices/${noticeId}`,
    });
    return { receiptNumber: objection.receiptNumber, receivedAt: objection.receivedAt.toISOString() };
  });
}
