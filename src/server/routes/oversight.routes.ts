// F8: the oversight dashboards (统计看板) of the province and the cities, their lists, Excel exports and the yearly
// programme report. Filled in by the F8 routes work.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function oversightRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
