import type { FastifyInstance } from 'fastify';
import type { DivisionsResponse } from '../../contracts/divisions';
import { CITIES, GUANGDONG } from '../../domain/divisions/divisions';

const body: DivisionsResponse = { province: GUANGDONG, cities: CITIES.map((c) => ({ ...c })) };

export async function divisionsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/divisions', { config: { isPublic: true } }, async (_request, reply) => {
    // Reference data that changes only with a release: let browsers keep it for a day.
    reply.header('cache-control', 'public, max-age=86400');
    return body;
  });
}
