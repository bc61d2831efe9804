// One brake on every multipart upload route (F7 item 4; 等保2.0 三级 8.1.4.4 入侵防范; ASVS V12.1, V13.1): a signed-in
// user, or an address when nobody is signed in, may start at most UPLOADS_PER_WINDOW uploads in UPLOAD_WINDOW_MS.
// Installed once after the request context (so the session is known) instead of in each routes file; it looks only at
// the Content-Type, so a new upload route is covered without remembering to add it. Per process, as rate-limiter.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createRateLimiter } from './rate-limiter';

/** Filling in an application takes about 10 materials and an acceptance up to 20 evidence files: 30 in 10 minutes is ample. */
export const UPLOADS_PER_WINDOW = 30;
export const UPLOAD_WINDOW_MS = 10 * 60 * 1000;

export interface UploadRateLimitOptions {
  limit?: number;
  windowMs?: number;
  now?: () => Date;
}

export function isMultipartRequest(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && /^\s*multipart\//i.test(type);
}

/** The key of the uploader: the signed-in user, else the address the request came from. */
function uploaderKey(request: FastifyRequest): string {
  const userId = request.session?.user.id;
  return userId ? `user:${userId}` : `ip:${request.ip}`;
}

export function installUploadRateLimit(app: FastifyInstance, options: UploadRateLimitOptions = {}): void {
  const limit = options.limit ?? UPLOADS_PER_WINDOW;
  const limiter = createRateLimiter({
    limit,
    windowMs: options.windowMs ?? UPLOAD_WINDOW_MS,
    now: options.now ?? (() => new Date()),
    message: (minutes) => `上传过于频繁：每${Math.round((options.windowMs ?? UPLOAD_WINDOW_MS) / 60_000)}分钟最多上传${limit}次文件，请${minutes}分钟后再试`,
  });
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !isMultipartRequest(request)) return;
    limiter.take(uploaderKey(request));
  });
}

