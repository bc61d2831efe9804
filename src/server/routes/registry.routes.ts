// 信息数据库 open data (Art. 8, 9; F6 items 1, 3, 6; DESIGN §7; ADR 0017): the public list, its CSV and one entry with
// its history. Public and sessionless like every /api/v1 read; answered from the response cache.
import type { FastifyInstance } from 'fastify';
import { zRegistryCsvQuery, zRegistryEntryParams, zRegistryQuery } from '../../contracts/registry';
import { zNoInput } from '../../contracts/fields';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { createRegistryCache } from '../registry/registry-cache';
import { registryCsvFileName } from '../registry/registry-csv';
import { jsonResponse, serveCached } from '../registry/serve-cached';
import type { Deps } from '../use-cases/context';
import { exportRegistryCsv } from '../use-cases/export-registry-csv';
import { getRegistryEntry } from '../use-cases/get-registry-entry';
import { listRegistry } from '../use-cases/list-registry';

/** Production trusts a version read for a second (another server's write shows within it); tests pass 0. */
export const DEFAULT_REGISTRY_VERSION_CHECK_MS = 1000;

export async function registryRoutes(app: FastifyInstance, options: { deps: Deps; registryVersionCheckMs?: number | undefined }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };
  const cache = createRegistryCache({
    readVersion: () => registryWriteRepository.readVersion(deps.db),
    versionCheckMs: options.registryVersionCheckMs ?? DEFAULT_REGISTRY_VERSION_CHECK_MS,
  });

  app.get('/api/v1/registry', open, async (request, reply) =>
    serveCached(cache, request, reply, async () => jsonResponse(await listRegistry(deps, parseInput(zRegistryQuery, request.query)))),
  );

  app.get('/api/v1/registry.csv', open, async (request, reply) =>
    serveCached(
      cache,
      request,
      reply,
      async () => ({ body: await exportRegistryCsv(deps, parseInput(zRegistryCsvQuery, request.query)), contentType: 'text/csv; charset=utf-8' }),
      // The file is named for the day it is downloaded, whenever its body was made.
      (r, entry) => sendDownload(r, { bytes: entry.body, mediaType: entry.contentType, fileName: registryCsvFileName(deps.clock.today()), asciiFileName: `registry-${deps.clock.today()}.csv` }),
    ),
  );

  app.get('/api/v1/registry/:id', open, async (request, reply) =>
    serveCached(cache, request, reply, async () => {
      const { id } = parseInput(zRegistryEntryParams, request.params);
      parseInput(zNoInput, request.query);
      return jsonResponse(await getRegistryEntry(deps, id));
    }),
  );
}
