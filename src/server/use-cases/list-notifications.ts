import type { NotificationList } from '../../contracts/notifications';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';

/** The signed-in person's latest notifications, newest first, and how many are unread. */
export async function listNotifications(deps: Deps, ctx: RequestContext): Promise<NotificationList> {
  const actor = requirePermission(ctx, 'notification.list');
  const [rows, unreadCount] = await Promise.all([
    notificationsRepository.listForUser(deps.db, actor.userId),
    notificationsRepository.countUnread(deps.db, actor.userId),
  ]);
  return {
    items: rows.map((row) => ({ id: row.id, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), isRead: row.readAt !== null })),
    unreadCount,
  };
}
