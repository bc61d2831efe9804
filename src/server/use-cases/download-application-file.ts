import type { Readable } from 'node:stream';
import { applicationMaterialsRepository } from '../../db/repositories/application-materials.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission, requireVisibleApplication } from './require-actor';

export interface FileDownload {
  stream: Readable;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
}

/** A material or a version's application form, for whoever may read the application (scoped like the detail). */
export async function downloadApplicationFile(deps: Deps, ctx: RequestContext, id: string, fileId: string): Promise<FileDownload> {
  requirePermission(ctx, 'application.read');
  const application = await applicationsRepository.findById(deps.db, id);
  if (!application) throw notFound();
  requireVisibleApplication(requirePermission(ctx, 'application.read', { cityCode: application.cityCode, organisationId: application.organisationId }), application);
  if (!(await applicationMaterialsRepository.belongsToApplication(deps.db, id, fileId))) throw notFound();
  const file = await filesRepository.findById(deps.db, fileId);
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
