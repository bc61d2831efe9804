// Art. 12 (F5 item 5): a serious-dishonesty listing or verified data fraud cancels a creation or revokes a
// certification from any state, with the reason published.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function integrityActionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
