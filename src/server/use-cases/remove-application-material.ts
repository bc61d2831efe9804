import { applicationMaterialsRepository } from '../../db/repositories/application-materials.repository';
import { lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound } from './require-actor';
import { requireEditable } from './save-application-draft';

/** Takes a material out of the application; the row and the file stay (data is never deleted). */
export async function removeApplicationMaterial(deps: Deps, ctx: RequestContext, id: string, materialId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.apply');
    requireEditable(application);
    const material = await applicationMaterialsRepository.findActive(tx, id, materialId);
    if (!material) throw notFound();
    await applicationMaterialsRepository.markRemoved(tx, materialId, deps.clock.now());
    await appendAudit(tx, deps, ctx, { action: 'application.material_removed', objectType: 'application', objectId: id, before: { materialId, kind: material.kind, fileId: material.fileId } });
  });
}
