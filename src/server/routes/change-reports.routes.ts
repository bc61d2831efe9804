// 重大变化报告 (F5 item 4; Art. 11): the operator's report, the city's proposal, the province's decision.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function changeReportsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
