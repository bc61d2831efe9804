import type { FileRow } from '../../db/repositories/files.repository';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { readContent } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { findMyAcceptanceOpinion, requireNoConflictDeclared } from './find-my-acceptance-opinion';
import { notFound } from './require-actor';

/** One evidence file of the assigned acceptance review, after 声明无利害关系 only; never any other file. */
export async function downloadAcceptanceEvidenceForExpert(deps: Deps, ctx: RequestContext, opinionId: string, fileId: string): Promise<{ file: FileRow; content: Buffer }> {
  const mine = await findMyAcceptanceOpinion(deps, ctx, opinionId);
  requireNoConflictDeclared(mine);
  if (!mine.review.evidenceFileIds.includes(fileId)) throw notFound();
  const [file] = await acceptanceOpinionsRepository.listFiles(deps.db, [fileId]);
  if (!file) throw notFound();
  return { file, content: await readContent(deps.dataDir, file.sha256) };
}
