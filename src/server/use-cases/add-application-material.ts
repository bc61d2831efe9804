import type { ApplicationMaterial } from '../../contracts/applications';
import { applicationMaterialsRepository } from '../../db/repositories/application-materials.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { MATERIAL_LABELS, type MaterialKind } from '../../domain/applications/application-content';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { lockApplication } from './apply-application-event';
import { listMaterials } from './application-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';
import { requireEditable } from './save-application-draft';
import { storeReceivedFileIn } from './store-file';

/** Art. 7(1) materials are scans and photos: 20 MB is ample for a stamped multi-page PDF. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** The file streamed to a temporary file (removed once stored or refused) and the kind it is sent as. */
export interface MaterialUpload extends ReceivedUpload {
  kind: MaterialKind;
}

/**
 * Adds one material (PDF, JPG or PNG, judged by its content, not its name). Art. 7(1); no slides or videos (Art. 8).
 * The body is read only after the access check, so a stranger learns nothing from how an upload is refused.
 */
export async function addApplicationMaterial(deps: Deps, ctx: RequestContext, id: string, readUpload: () => Promise<MaterialUpload>): Promise<ApplicationMaterial> {
  requirePermission(ctx, 'application.apply');
  const current = await applicationsRepository.findById(deps.db, id);
  if (!current) throw notFound();
  requirePermission(ctx, 'application.apply', { cityCode: current.cityCode, organisationId: current.organisationId });
  requireEditable(current);
  const materialId = await withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    // The file row, the material and their audit records are written together: a refusal leaves no file row behind.
    return deps.db.transaction(async (tx) => {
      const application = await lockApplication(tx, ctx, id, 'application.apply');
      requireEditable(application);
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      const material = await applicationMaterialsRepository.insert(tx, { applicationId: id, kind: upload.kind, fileId: file.id, addedBy: ctx.actor?.userId ?? null, addedAt: deps.clock.now() });
      await appendAudit(tx, deps, ctx, {
        action: 'application.material_added',
        objectType: 'application',
        objectId: id,
        after: { materialId: material.id, kind: upload.kind, label: MATERIAL_LABELS[upload.kind], fileId: file.id, sha256: file.sha256 },
      });
      return material.id;
    });
  });
  const materials = await listMaterials(deps.db, id);
  const added = materials.find((m) => m.id === materialId);
  if (!added) throw new Error('material vanished');
  return added;
}
