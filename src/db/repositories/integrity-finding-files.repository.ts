// 核查材料 of Art. 12 findings (integrity_finding_files, ADR 0016): append-only — the province adds evidence to a
// finding at any time after it (the evidence often arrives after the act); a file is never removed (migration 0015).
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { files, integrityFindingFiles } from '../schema/index';

export interface IntegrityEvidenceRow {
  findingId: string;
  fileId: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
  addedAt: Date;
}

const columns = {
  findingId: integrityFindingFiles.findingId,
  fileId: files.id,
  originalName: files.originalName,
  sizeBytes: files.sizeBytes,
  mediaType: files.mediaType,
  sha256: files.sha256,
  addedAt: integrityFindingFiles.addedAt,
};

export const integrityFindingFilesRepository = {
  async insert(db: Db, values: typeof integrityFindingFiles.$inferInsert): Promise<void> {
    await db.insert(integrityFindingFiles).values(values);
  },

  async countByFinding(db: Db, findingId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(integrityFindingFiles).where(eq(integrityFindingFiles.findingId, findingId));
    return row?.n ?? 0;
  },

  /** The evidence of these findings, oldest first within each (the moment it was added, then the row id). */
  async listByFindings(db: Db, findingIds: readonly string[]): Promise<IntegrityEvidenceRow[]> {
    if (findingIds.length === 0) return [];
    return db
      .select(columns)
      .from(integrityFindingFiles)
      .innerJoin(files, eq(files.id, integrityFindingFiles.fileId))
      .where(inArray(integrityFindingFiles.findingId, [...findingIds]))
      .orderBy(asc(integrityFindingFiles.addedAt), asc(integrityFindingFiles.id));
  },

  /** One file, only when it is evidence of that finding. */
  async find(db: Db, findingId: string, fileId: string): Promise<IntegrityEvidenceRow | undefined> {
    const [row] = await db
      .select(columns)
      .from(integrityFindingFiles)
      .innerJoin(files, eq(files.id, integrityFindingFiles.fileId))
      .where(and(eq(integrityFindingFiles.findingId, findingId), eq(integrityFindingFiles.fileId, fileId)));
    return row;
  },
};
