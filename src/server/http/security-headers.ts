// HTTP security headers on every response — API, static pages, downloads, errors and 404s (F7 item 4;
// 等保2.0 三级 8.1.4.4 入侵防范; ASVS V14.4). Set in onRequest so they are already on the reply when any later
// hook, handler, the error handler or the not-found handler answers; onSend drops what a plugin may add.
import type { FastifyInstance } from 'fastify';

/**
 * style-src needs 'unsafe-inline' because antd (CSS-in-JS) injects <style> elements at run time; scripts stay
 * 'self' only (vite's index.html loads one module script from /assets, no inline script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** No page of the system needs a camera, microphone, location or payment. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(isSecure: boolean): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    // HSTS only over HTTPS (RFC 6797 §7.2: a browser ignores it on plain HTTP, and a test box runs without TLS).
    ...(isSecure ? { 'strict-transport-security': HSTS } : {}),
  };
}

export function installSecurityHeaders(app: FastifyInstance, options: { isSecure: boolean }): void {
  const headers = securityHeaders(options.isSecure);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
  app.addHook('onSend', async (_request, reply) => {
    // An error reply may have been reset by a plugin: put back what is missing. A route's own stricter value stays
    // (the API description page sends default-src 'none').
    for (const [name, value] of Object.entries(headers)) if (!reply.hasHeader(name)) reply.header(name, value);
    reply.removeHeader('x-powered-by');
  });
}
