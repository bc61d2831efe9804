// The registry's response cache (F6 item 6; ADR 0017). Public reads vastly outnumber registry writes, so a response
// body is kept per raw URL and registry version: a hit costs a map lookup and skips parsing, the query and JSON. The
// version (registry_meta, bumped in every writer's transaction) is read at most once per `versionCheckMs` by one
// shared promise, so another server's write shows within that time; ETag + If-None-Match answer 304.
import { createHash } from 'node:crypto';

export interface CachedResponse {
  version: number;
  body: Buffer;
  etag: string;
  contentType: string;
}

export interface RegistryCacheOptions {
  readVersion: () => Promise<number>;
  /** How long a version read is trusted; 0 reads it on every request (tests must see a write at once). */
  versionCheckMs: number;
  /** A monotonic clock in milliseconds. */
  now?: () => number;
  maxEntries?: number;
  /** A cap on the bodies held, so many distinct URLs of large CSV files cannot exhaust memory. */
  maxBytes?: number;
}

export interface RegistryCache {
  currentVersion(): Promise<number>;
  /** The response for the key if it was made at this version (and marks it recently used). */
  find(key: string, version: number): CachedResponse | undefined;
  store(key: string, version: number, body: Buffer, contentType: string): CachedResponse;
  readonly size: number;
}

export function createRegistryCache(options: RegistryCacheOptions): RegistryCache {
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 1000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  // A Map iterates in insertion order: re-inserting on use makes its first key the least recently used.
  const entries = new Map<string, CachedResponse>();
  let heldBytes = 0;
  let known: { version: number; readAt: number } | undefined;
  let reading: Promise<number> | undefined;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    heldBytes -= entry.body.length;
  }

  return {
    async currentVersion() {
      if (known && now() - known.readAt < options.versionCheckMs) return known.version;
      if (!reading) {
        const startedAt = now();
        reading = options
          .readVersion()
          .then((version) => {
            known = { version, readAt: startedAt };
            return version;
          })
          .finally(() => {
            reading = undefined;
          });
      }
      return reading;
    },

    find(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.version !== version) {
        heldBytes -= entry.body.length;
        return undefined;
      }
      entries.set(key, entry);
      return entry;
    },

    store(key, version, body, contentType) {
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
      const entry: CachedResponse = { version, body, etag: `"v${version}-${hash}"`, contentType };
      remove(key);
      if (body.length > maxBytes) return entry;
      entries.set(key, entry);
      heldBytes += body.length;
      while (entries.size > maxEntries || heldBytes > maxBytes) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        remove(oldest.value);
      }
      return entry;
    },

    get size() {
      return entries.size;
    },
  };
}

/** Whether an If-None-Match header names this ETag (a list, weak validators and * included; RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const candidates = [header].flat().flatMap((h) => h.split(','));
  return candidates.some((c) => {
    const tag = c.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
