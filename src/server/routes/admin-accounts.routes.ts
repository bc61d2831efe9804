// 三员分立 accounts and roles (F7 item 2): the system administrator's accounts, the security administrator's roles.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function adminAccountsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
