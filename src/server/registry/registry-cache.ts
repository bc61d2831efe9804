// The registry's response cache (F6 item 6; ADR 0017). Public reads vastly outnumber registry writes, so a response
// body is kept per raw URL and registry version: a hit costs a map lookup and skips parsing, the query and JSON. The
// version (registry_meta, bumped in every writer's transaction) is read at most once per `versionCheckMs` by one
// shared promise, so another server's write shows within that time; ETag + If-None-Match answer 304.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface CachedResponse {
  version: number;
  body: Buffer;
  etag: string;
  contentType: string;
  /**
   * The body compressed once, when stored: a 20-entry page is ~15 KB of JSON and ~3 KB compressed, and compressing it
   * on every hit would cost more than the hit itself (bench/registry.ts). Absent for small bodies.
   */
  encoded?: { br: Buffer; gzip: Buffer };
}

/** Below this a compressed copy saves less than its headers cost. */
const MIN_COMPRESSED_BYTES = 1024;

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
  /** The version read within the last versionCheckMs, without waiting; undefined when it must be read again. */
  peekVersion(): number | undefined;
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
    heldBytes -= sizeOf(entry);
  }

  const peekVersion = (): number | undefined => (known && now() - known.readAt < options.versionCheckMs ? known.version : undefined);

  return {
    peekVersion,

    async currentVersion() {
      const fresh = peekVersion();
      if (fresh !== undefined) return fresh;
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
        heldBytes -= sizeOf(entry);
        return undefined;
      }
      entries.set(key, entry);
      return entry;
    },

    store(key, version, body, contentType) {
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
      const encoded =
        body.length >= MIN_COMPRESSED_BYTES
          ? { br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), gzip: gzipSync(body) }
          : undefined;
      const entry: CachedResponse = { version, body, etag: `"v${version}-${hash}"`, contentType, ...(encoded ? { encoded } : {}) };
      remove(key);
      const bytes = sizeOf(entry);
      if (bytes > maxBytes) return entry;
      entries.set(key, entry);
      heldBytes += bytes;
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

function sizeOf(entry: CachedResponse): number {
  return entry.body.length + (entry.encoded ? entry.encoded.br.length + entry.encoded.gzip.length : 0);
}

/** The best encoding the client accepts of those held: br, then gzip; none when it accepts neither (or q=0). */
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  if (header === undefined) return null;
  const accepted = new Set<string>();
  for (const part of [header].flat().flatMap((h) => h.split(','))) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
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
