import { notificationsRepository } from '../../db/repositories/notifications.repository';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

/** Marks one of the person's own notifications read; anyone else's (or an unknown id) is 404. Idempotent. */
export async function markNotificationRead(deps: Deps, ctx: RequestContext, id: string): Promise<{ id: string; isRead: true }> {
  const actor = requirePermission(ctx, 'notification.list');
  const changed = await notificationsRepository.markRead(deps.db, actor.userId, id, deps.clock.now());
  if (!changed && !(await notificationsRepository.isOwnedBy(deps.db, actor.userId, id))) throw notFound();
  return { id, isRead: true };
}
