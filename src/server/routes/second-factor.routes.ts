// TOTP second factor for back-office roles (F7 item 3): enrol, confirm, verify.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function secondFactorRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
