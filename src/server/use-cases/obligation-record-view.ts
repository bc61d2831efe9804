// How Art. 14 records are shown (ADR 0016) — on the object's 义务履行 tab and in every re-review of their window
// (the re-review calls this too). Recorder names and evidence metadata come in two queries for all rows, one after
// the other (a transaction's connection takes one query at a time).
import {
  OBLIGATION_KIND_LABELS,
  SHARING_CATEGORY_LABELS,
  type ObligationKind,
  type ObligationRecordView,
  type SharingCategory,
} from '../../contracts/obligations';
import type { Db } from '../../db/client';
import { obligationRecordsRepository, type ObligationRecordRow } from '../../db/repositories/obligation-records.repository';

export async function toObligationRecordViews(db: Db, rows: readonly ObligationRecordRow[]): Promise<ObligationRecordView[]> {
  if (rows.length === 0) return [];
  const userIds = [...new Set(rows.map((r) => r.recordedBy).filter((v): v is string => v !== null))];
  const fileIds = [...new Set(rows.flatMap((r) => r.evidenceFileIds))];
  const names = await obligationRecordsRepository.userNames(db, userIds);
  const fileRows = await obligationRecordsRepository.evidenceFiles(db, fileIds);
  const filesById = new Map(fileRows.map((f) => [f.id, f]));
  return rows.map((row) => toObligationRecordView(row, row.recordedBy ? (names.get(row.recordedBy) ?? null) : null, filesById));
}

function toObligationRecordView(
  row: ObligationRecordRow,
  recordedByName: string | null,
  filesById: ReadonlyMap<string, { id: string; originalName: string; sizeBytes: number; mediaType: string }>,
): ObligationRecordView {
  const kind = row.kind as ObligationKind;
  const category = (row.category as SharingCategory | null) ?? null;
  return {
    id: row.id,
    kind,
    kindLabel: OBLIGATION_KIND_LABELS[kind] ?? row.kind,
    category,
    categoryLabel: category ? (SHARING_CATEGORY_LABELS[category] ?? category) : null,
    title: row.title,
    organiser: row.organiser,
    heldOn: row.heldOn,
    participants: row.participants,
    description: row.description,
    // In the order added; a file row that is missing is left out rather than shown without a name.
    evidence: row.evidenceFileIds.flatMap((fileId) => {
      const file = filesById.get(fileId);
      return file ? [{ fileId, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType }] : [];
    }),
    recordedAt: row.recordedAt.toISOString(),
    recordedByName,
    isVoided: row.voidedAt !== null,
    voidReason: row.voidReason,
    voidedAt: row.voidedAt?.toISOString() ?? null,
  };
}
