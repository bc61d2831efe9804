// A creation object (创建对象, Art. 7(2)) is an application whose creation period has begun. Creation-period use cases
// (API keys, progress reports) load it through here, so the access policy is applied the same way everywhere:
// a role without the action → 403; an object that does not exist, is not (yet) a creation object, or is outside
// the person's reach → the same 404.
import type { Db } from '../../db/client';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import type { Action, Actor } from '../../domain/access/policy';
import { creationPeriod, type CreationPeriod } from '../../domain/creation-data/creation-period';
import type { RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

export interface CreationObjectAccess {
  actor: Actor;
  application: ApplicationRow;
  period: CreationPeriod;
}

/** `isLocked` takes the application row FOR UPDATE (inside a transaction) to serialise changes to the object. */
export async function loadCreationObject(db: Db, ctx: RequestContext, id: string, action: Action, isLocked = false): Promise<CreationObjectAccess> {
  requirePermission(ctx, action);
  const application = isLocked ? await applicationsRepository.findByIdForUpdate(db, id) : await applicationsRepository.findById(db, id);
  const period = application ? creationPeriod(application.facts) : null;
  if (!application || !period) throw notFound();
  const actor = requirePermission(ctx, action, { organisationId: application.organisationId, cityCode: application.cityCode });
  return { actor, application, period };
}
