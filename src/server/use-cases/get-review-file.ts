import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import type { FileRow } from '../../db/repositories/files.repository';
import { readContent } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { findMyReview, requireNoConflictDeclared } from './find-my-review';
import { notFound } from './require-actor';

/** One file of the case: only the application's current materials or submitted forms, never any other file. */
export async function getReviewFile(deps: Deps, ctx: RequestContext, reviewId: string, fileId: string): Promise<{ file: FileRow; content: Buffer }> {
  const mine = await findMyReview(deps, ctx, reviewId);
  requireNoConflictDeclared(mine);
  const { materials, versions } = await expertReviewsRepository.listCaseFiles(deps.db, mine.application.id);
  const file = [...materials, ...versions].map((row) => row.file).find((f) => f.id === fileId);
  if (!file) throw notFound();
  return { file, content: await readContent(deps.dataDir, file.sha256) };
}
