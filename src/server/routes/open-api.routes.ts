// F6 (ADR 0017): filled in by its work package; registered in app.ts.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function openApiRoutes(_app: FastifyInstance, _options: { deps: Deps }): Promise<void> {}
