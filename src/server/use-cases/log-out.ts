import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { appendAudit, type Deps, type RequestContext } from './context';

export async function logOut(deps: Deps, ctx: RequestContext): Promise<void> {
  const { sessionTokenHash, actor } = ctx;
  if (!sessionTokenHash || !actor) return;
  await deps.db.transaction(async (tx) => {
    await sessionsRepository.delete(tx, sessionTokenHash);
    await appendAudit(tx, deps, ctx, { action: 'auth.logout', objectType: 'user', objectId: actor.userId });
  });
}
