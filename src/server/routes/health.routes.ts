import type { FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../../db/client';

// DESIGN §7: a stable public contract; monitoring relies on its exact shape.
export async function healthRoutes(app: FastifyInstance, options: { databaseKind: DatabaseKind }): Promise<void> {
  app.get('/api/health', { config: { isPublic: true } }, async () => ({ status: 'ok', database: options.databaseKind }));
}
