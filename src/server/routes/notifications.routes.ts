import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zNotificationIdParams } from '../../contracts/notifications';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { listNotifications } from '../use-cases/list-notifications';
import { markNotificationRead } from '../use-cases/mark-notification-read';

// 站内消息 (F3 item 6): GET /api/notifications → { items, unreadCount }; POST /api/notifications/:id/read.
export async function notificationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  app.get('/api/notifications', async (request) => {
    parseInput(zNoInput, request.query);
    return listNotifications(deps, contextOf(request));
  });

  app.post('/api/notifications/:id/read', async (request) => {
    const { id } = parseInput(zNotificationIdParams, request.params);
    parseInput(zNoInput, request.body);
    return markNotificationRead(deps, contextOf(request), id);
  });
}
