// Art. 7(2): anyone may object, with a real name, to an entry of a 公示 while it is open. The objection is counted
// against the entry (LifecycleFacts.unresolvedObjections) so it cannot be confirmed until the province has found
// the objection untrue. An entry no longer under this notice (taken off by an upheld objection, or listed on a later
// 拟认定公示 since: under-notice.ts) takes no new objection to it, as nothing could follow from one. Attachments are
// judged by their bytes, not by their names.
import { randomInt } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { OBJECTION_MAX_FILE_BYTES, OBJECTION_MAX_FILES, OBJECTION_MAX_TOTAL_BYTES, type ObjectionForm, type ObjectionReceipt } from '../../contracts/notices';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { noticesRepository, type NoticeRow } from '../../db/repositories/notices.repository';
import type { Db } from '../../db/client';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import { countObjection } from '../../domain/publicity/objection-count';
import { isUnderNotice } from '../../domain/publicity/under-notice';
import { formatReceiptNumber, isObjectionWindowOpen } from '../../domain/publicity/objection-window';
import { AppError } from '../../domain/shared/app-error';
import type { SniffedMediaType } from '../storage/sniff-media-type';
import { guardUpload, type UploadBudget } from '../storage/upload-guard';
import { storeContent, type StoredContent } from '../storage/file-storage';
import { sealPhone } from '../security/personal-phone';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { notFound } from './require-actor';
import { checkStoredUpload } from '../storage/check-stored-upload';

/**
 * How the route hands the request body over, part by part, only after the notice and its window have been checked:
 * the text fields first (accept), then each attachment as a stream (store). Fields after a file are refused.
 */
export interface ObjectionUpload {
  accept(form: ObjectionForm): void;
  store(fileName: string, content: Readable): Promise<void>;
}
export type ObjectionFormReader = (upload: ObjectionUpload) => Promise<ObjectionForm>;

interface StoredAttachment extends StoredContent {
  fileName: string;
  mediaType: SniffedMediaType;
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

function entryOf(notice: NoticeRow, form: ObjectionForm): NoticeRow['entries'][number] {
  const entry = notice.entries.find((e) => e.applicationId === form.applicationId);
  if (!entry) {
    throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'applicationId', message: '请选择本公示名单中的平台（基地）' }] });
  }
  return entry;
}

function requireUnderNotice(entry: NoticeRow['entries'][number], underNotice: boolean): void {
  if (!underNotice) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `该平台（基地）已不在本次公示中，不再受理对“${entry.name}”的异议`, { details: { applicationId: entry.applicationId } });
  }
}

/**
 * Streams one attachment to storage, judged by its first bytes and counted against the per-file and per-request
 * caps. A refused file is removed; files of a request refused later stay on disk as unreferenced content (no row
 * points to them), which is harmless and never served.
 */
async function storeAttachment(deps: Deps, budget: UploadBudget, fileName: string, content: Readable): Promise<StoredAttachment> {
  const guard = guardUpload({
    maxFileBytes: OBJECTION_MAX_FILE_BYTES,
    budget,
    wrongType: () => new AppError('UNSUPPORTED_MEDIA_TYPE', `附件“${fileName}”不是PDF、JPG或PNG文件`, { issues: [{ path: 'attachments', message: '附件只接受PDF、JPG、PNG文件' }] }),
    fileTooLarge: () => new AppError('PAYLOAD_TOO_LARGE', `附件“${fileName}”超过${OBJECTION_MAX_FILE_BYTES / 1024 / 1024} MB`),
    overBudget: () => new AppError('PAYLOAD_TOO_LARGE', `附件合计不能超过${OBJECTION_MAX_TOTAL_BYTES / 1024 / 1024} MB`),
  });
  // pipeline (not pipe) so a refusal downstream also stops the upload stream instead of leaving it paused.
  pipeline(content, guard.stream, () => undefined);
  const stored = await storeContent(deps.dataDir, guard.stream, OBJECTION_MAX_FILE_BYTES);
  const mediaType = guard.mediaType();
  if (!mediaType) throw new Error('upload guard ended without a media type');
  // F7 item 5: streamed to disk, so the extension and the PDF's active content are checked on the stored copy.
  await checkStoredUpload(deps.dataDir, { sha256: stored.sha256, fileName, mediaType }, 'attachments');
  return { ...stored, fileName, mediaType };
}

export async function submitObjection(deps: Deps, ctx: RequestContext, noticeId: string, readForm: ObjectionFormReader): Promise<ObjectionReceipt> {
  // The notice and its window are checked before a byte of the body is read (a closed or unknown notice costs
  // nothing to refuse).
  const notice = await noticesRepository.findNotice(deps.db, noticeId);
  if (!notice) throw notFound();
  const today = deps.clock.today();
  if (!isObjectionWindowOpen(notice, today)) {
    throw new AppError('PUBLICITY_NOT_OPEN', `该公示的异议受理期为${notice.startsOn}至${notice.endsOn}（含当日），当前不在受理期内`, {
      details: { startsOn: notice.startsOn, endsOn: notice.endsOn },
    });
  }
  // Read before the body too, so an entry no longer under the notice costs no upload; checked again under the lock.
  const entryApplications = await noticesRepository.listEntryApplications(deps.db, notice.entries.map((e) => e.applicationId));
  const isEntryUnderNotice = (applicationId: string): boolean => {
    const application = entryApplications.find((a) => a.id === applicationId);
    return application !== undefined && isUnderNotice({ state: application.state, facts: application.facts as LifecycleFacts }, notice);
  };
  const acceptedEntry = (fields: ObjectionForm): NoticeRow['entries'][number] => {
    const entry = entryOf(notice, fields);
    requireUnderNotice(entry, isEntryUnderNotice(entry.applicationId));
    return entry;
  };
  let accepted: { form: ObjectionForm; entry: NoticeRow['entries'][number] } | undefined;
  const attachments: StoredAttachment[] = [];
  const budget: UploadBudget = { remainingBytes: OBJECTION_MAX_TOTAL_BYTES };
  const form = await readForm({
    accept(fields) {
      accepted ??= { form: fields, entry: acceptedEntry(fields) };
    },
    async store(fileName, content) {
      if (!accepted) throw new Error('objection attachment before the form was accepted');
      if (attachments.length >= OBJECTION_MAX_FILES) {
        throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'attachments', message: `附件最多${OBJECTION_MAX_FILES}个` }] });
      }
      attachments.push(await storeAttachment(deps, budget, fileName, content));
    },
  });
  const entry = accepted?.form === form ? accepted.entry : acceptedEntry(form);
  return deps.db.transaction(async (tx) => {
    // Locked first: the province may have taken the entry off this notice while the body was read.
    const application = await applicationsRepository.findByIdForUpdate(tx, entry.applicationId);
    requireUnderNotice(entry, application !== undefined && isUnderNotice(application, notice));
    const at = deps.clock.now();
    const fileIds: string[] = [];
    for (const { fileName, mediaType, sha256, sizeBytes } of attachments) {
      const file = await filesRepository.insert(tx, { sha256, sizeBytes, mediaType, originalName: fileName.slice(0, 255), uploadedBy: null, createdAt: at });
      fileIds.push(file.id);
    }
    const objection = await noticesRepository.insertObjection(tx, {
      noticeId,
      applicationId: entry.applicationId,
      receiptNumber: await unusedReceiptNumber(tx, today),
      objectorName: form.objectorName,
      // F7 item 6: sealed at rest; only the province handling the objection sees it whole (list-objections.ts).
      objectorPhone: sealPhone(deps.security.dataKey, form.objectorPhone),
      objectorEmail: form.objectorEmail ?? null,
      objectorOrganisation: form.objectorOrganisation ?? null,
      facts: form.facts,
      attachmentFileIds: fileIds,
      receivedAt: at,
    });
    if (application) await applicationsRepository.saveFacts(tx, application.id, countObjection(application.facts, 'received'), at);
    await appendAudit(tx, deps, ctx, { action: 'objection.received', objectType: 'objection', objectId: objection.id, after: { noticeId, applicationId: entry.applicationId, receiptNumber: objection.receiptNumber, attachments: fileIds.length } });
    await notify(tx, deps, { role: 'province' }, {
      title: '收到公示异议',
      body: `“${notice.title}”收到对“${entry.name}”的异议（回执号${objection.receiptNumber}），请在${notice.handlingDueOn}前核实。`,
      link: `/workspace/notices/${noticeId}`,
    });
    return { receiptNumber: objection.receiptNumber, receivedAt: objection.receivedAt.toISOString() };
  });
}
