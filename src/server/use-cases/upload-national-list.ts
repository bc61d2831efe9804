// 国家级名单导入 (Art. 9; ADR 0017): the province uploads MIIT's list as .xlsx. The file, the upload, its rows, the
// marks they make and the audit records are written in one transaction: a refusal anywhere leaves nothing behind.
// Each row is matched by the operator's credit code (matchNationalRow); a single 已认定 entry is marked national,
// every other row waits for the province's hand. Entries national before but absent from the list are only listed.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { MAX_NATIONAL_LIST_BYTES, type NationalUploadDetail } from '../../contracts/national-tier';
import { nationalTierRepository, type NationalCandidateRow } from '../../db/repositories/national-tier.repository';
import { matchNationalRow, nationalRowCreditCode, type NationalMatchCandidate, type NationalRowOutcome } from '../../domain/registry/national-tier';
import type { RegistryStatus } from '../../domain/registry/filters';
import { AppError } from '../../domain/shared/app-error';
import { receiveImportFile, removeReceived, type ReceivedFile } from '../creation-data/upload-file';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { readMiitList } from '../registry/miit-list-reader';
import { withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { appendAudit, type Deps, type RequestContext } from './context';
import { getNationalUpload } from './get-national-upload';
import { canBeMarked, markEntryNational } from './mark-national-entry';
import { requirePermission } from './require-actor';
import { storeFileIn } from './store-file';

function onlyXlsx(name: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `文件“${name}”不是Excel工作簿：请上传工业和信息化部名单的.xlsx文件`, { issues: [{ path: 'file', message: '仅支持.xlsx文件' }] });
}

/** The file-level refusals of the import reader (an empty part) are the uploader's to fix: 400, like an unreadable sheet. */
function emptyFile(name: string): AppError {
  const message = `文件“${name}”是空的：请上传工业和信息化部名单的.xlsx文件`;
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'file', message }] });
}

async function receive(dataDir: string, upload: ReceivedUpload): Promise<ReceivedFile> {
  try {
    return await receiveImportFile(dataDir, createReadStream(upload.temporaryPath), upload.originalName, MAX_NATIONAL_LIST_BYTES);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_UNREADABLE') throw emptyFile(upload.originalName);
    throw error;
  }
}

const toCandidate = (entry: NationalCandidateRow): NationalMatchCandidate => ({
  id: entry.id,
  operatorCreditCode: entry.operatorCreditCode,
  status: entry.status as RegistryStatus,
  isNational: entry.isNational,
  canBeMarked: canBeMarked(entry),
});

export async function uploadNationalList(deps: Deps, ctx: RequestContext, readUpload: () => Promise<ReceivedUpload>): Promise<NationalUploadDetail> {
  const actor = requirePermission(ctx, 'nationalTier.manage');
  // The upload arrived in a temporary file (read-single-upload.ts); it is removed whatever happens.
  return withReceivedUpload(readUpload, (upload) => importList(deps, ctx, actor, upload));
}

async function importList(deps: Deps, ctx: RequestContext, actor: { userId: string }, upload: ReceivedUpload): Promise<NationalUploadDetail> {
  let received: ReceivedFile | undefined;
  try {
    // The type is judged by the bytes and the name together (upload-file.ts); a CSV is not MIIT's list.
    received = await receive(deps.dataDir, upload);
    if (received.format !== 'xlsx') throw onlyXlsx(upload.originalName);
    const list = await readMiitList(received.path);
    const file = received;
    const uploadId = await deps.db.transaction(async (tx) => {
      const stored = await storeFileIn(tx, deps, ctx, { content: createReadStream(file.path), originalName: file.originalName, mediaType: XLSX_TYPE, maxBytes: MAX_NATIONAL_LIST_BYTES });
      const title = (list.title ?? path.parse(file.originalName).name).slice(0, 200) || '国家级示范平台（基地）名单';
      const saved = await nationalTierRepository.insertUpload(tx, { fileId: stored.id, fileName: stored.originalName, title, rowCount: list.rows.length, uploadedBy: actor.userId, uploadedAt: deps.clock.now() });
      const codes = list.rows.map((row) => nationalRowCreditCode(row.creditCode)).filter((code): code is string => code !== null);
      const entries = await nationalTierRepository.findCandidatesByCreditCodes(tx, codes);
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      // Matched in the list's order against what is known now: a second row of an operator just marked reads 原已为国家级.
      const candidates = entries.map(toCandidate);
      const decided: { outcome: NationalRowOutcome; entryId: string | null }[] = [];
      for (const row of list.rows) {
        const match = matchNationalRow(row.creditCode, candidates);
        if (match.outcome === 'marked') {
          await markEntryNational(tx, deps, ctx, byId.get(match.entryId)!, { uploadId: saved.id, rowNumber: row.rowNumber });
          candidates.find((candidate) => candidate.id === match.entryId)!.isNational = true;
        }
        decided.push(match);
      }
      await nationalTierRepository.insertRows(
        tx,
        list.rows.map((row, index) => ({
          uploadId: saved.id,
          rowNumber: row.rowNumber,
          name: row.name,
          operatorName: row.operatorName,
          creditCode: row.creditCode,
          carrier: row.carrierText,
          cityText: row.cityText,
          batchText: row.batchText,
          outcome: decided[index]!.outcome,
          entryId: decided[index]!.entryId,
        })),
      );
      const counts: Record<string, number> = {};
      for (const { outcome } of decided) counts[outcome] = (counts[outcome] ?? 0) + 1;
      await appendAudit(tx, deps, ctx, {
        action: 'national_tier.uploaded',
        objectType: 'national_tier_upload',
        objectId: saved.id,
        after: { fileId: stored.id, sha256: stored.sha256, fileName: stored.originalName, title, rowCount: list.rows.length, counts },
      });
      return saved.id;
    });
    return await getNationalUpload(deps, ctx, uploadId);
  } finally {
    await removeReceived(received);
  }
}
