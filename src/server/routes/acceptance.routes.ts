// 评估验收 (F5 item 1; Art. 7(3)): the operator's submission, the province's review with its frozen snapshot, the decision.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function acceptanceRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
