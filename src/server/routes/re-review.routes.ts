// 复核 (F5 item 3; Art. 10): rounds, the operator's report, the city's assessment, the province's decision. ADR 0016.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function reReviewRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
