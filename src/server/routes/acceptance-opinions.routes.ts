// 验收专家意见 (F5 item 1; Art. 7(3)): the province assigns experts; each declares, then judges the qualitative indicators and the plan's goals.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function acceptanceOpinionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
