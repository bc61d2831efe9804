// 公示认定 (F5 item 2; Art. 7(4)): the 拟认定公示 and the 认定公告 with certificate numbers; the public announcements.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function certificationRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
