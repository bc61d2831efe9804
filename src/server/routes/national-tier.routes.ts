// 国家级名单导入 (Art. 9; ADR 0017), the province's work (nationalTier.manage). Route shapes:
//   POST /api/national-tier/uploads   multipart: file (.xlsx, ≤ 5 MB)      → 201 NationalUploadDetail
//   GET  /api/national-tier/uploads                                       → NationalUploadSummary[], newest first
//   GET  /api/national-tier/uploads/:id                                   → NationalUploadDetail
//   POST /api/national-tier/rows/:rowId/resolution  {action: match|create|dismiss, …} → NationalUploadDetail
//   GET  /api/national-tier/entries?q=                                    → NationalEntryBrief[] (≤ 20) to pick from
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { MAX_NATIONAL_LIST_BYTES, zNationalEntrySearchQuery, zNationalRowParams, zNationalUploadParams, zResolveNationalRow } from '../../contracts/national-tier';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { getNationalUpload } from '../use-cases/get-national-upload';
import { listNationalUploads } from '../use-cases/list-national-uploads';
import { resolveNationalRow } from '../use-cases/resolve-national-row';
import { searchNationalEntries } from '../use-cases/search-national-entries';
import { uploadNationalList } from '../use-cases/upload-national-list';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';

export async function nationalTierRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart: one file of at most 5 MB (MIIT's list is a few hundred lines).
  await app.register(fastifyMultipart, singleUploadLimits(MAX_NATIONAL_LIST_BYTES));

  app.post('/api/national-tier/uploads', async (request, reply) => {
    parseInput(zNoInput, request.query);
    const detail = await uploadNationalList(deps, contextOf(request), () => readSingleUpload(request, deps.dataDir, MAX_NATIONAL_LIST_BYTES));
    return reply.code(201).send(detail);
  });

  app.get('/api/national-tier/uploads', async (request) => {
    parseInput(zNoInput, request.query);
    return listNationalUploads(deps, contextOf(request));
  });

  app.get('/api/national-tier/uploads/:id', async (request) => {
    const { id } = parseInput(zNationalUploadParams, request.params);
    parseInput(zNoInput, request.query);
    return getNationalUpload(deps, contextOf(request), id);
  });

  app.post('/api/national-tier/rows/:rowId/resolution', async (request) => {
    const { rowId } = parseInput(zNationalRowParams, request.params);
    const input = parseInput(zResolveNationalRow, request.body);
    return resolveNationalRow(deps, contextOf(request), rowId, input);
  });

  app.get('/api/national-tier/entries', async (request) => {
    const { q } = parseInput(zNationalEntrySearchQuery, request.query);
    return searchNationalEntries(deps, contextOf(request), q);
  });
}
