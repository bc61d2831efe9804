// Art. 14 义务履行记录 (F5 item 6): government service activities and sharing activities. ADR 0016.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function obligationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
