// Answers a public registry GET from the response cache (ADR 0017): the raw URL is the key, so a hit skips parsing,
// the query and serialising; a miss runs `produce`, which parses the query (bad input throws → 400, never stored).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseEncoding, matchesIfNoneMatch, type CachedResponse, type RegistryCache } from './registry-cache';

// Caches may keep a copy but must ask again each time: the ETag makes that a cheap 304.
export const REGISTRY_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export interface FreshResponse {
  body: Buffer;
  contentType: string;
}

export function jsonResponse(value: unknown): FreshResponse {
  return { body: Buffer.from(JSON.stringify(value), 'utf8'), contentType: 'application/json; charset=utf-8' };
}

export async function serveCached(
  cache: RegistryCache,
  request: FastifyRequest,
  reply: FastifyReply,
  produce: () => Promise<FreshResponse>,
  send: (reply: FastifyReply, entry: CachedResponse) => FastifyReply = sendCompressed,
): Promise<FastifyReply> {
  // The common case — a version read within the last second — goes on without a promise to wait for.
  const version = cache.peekVersion() ?? (await cache.currentVersion());
  const key = request.url;
  let entry = cache.find(key, version);
  if (!entry) {
    const fresh = await produce();
    entry = cache.store(key, version, fresh.body, fresh.contentType);
  }
  reply.header('etag', entry.etag).header('cache-control', REGISTRY_CACHE_CONTROL);
  if (matchesIfNoneMatch(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
  return send(reply, entry);
}

/** The stored compressed copy when the client takes one (the same ETag: it names the representation's content). */
function sendCompressed(reply: FastifyReply, entry: CachedResponse): FastifyReply {
  reply.header('vary', 'accept-encoding').type(entry.contentType);
  const encoding = entry.encoded ? chooseEncoding(reply.request.headers['accept-encoding']) : null;
  if (!encoding || !entry.encoded) return reply.send(entry.body);
  return reply.header('content-encoding', encoding).send(entry.encoded[encoding]);
}
