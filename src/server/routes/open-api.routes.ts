// The public API described (F6 item 6): GET /api/docs/openapi.json (OpenAPI 3.1, generated from the zod schemas the
// routes parse with) and GET /api/docs (the same on one page). Both are public and sessionless; the document is
// built once, on first use.
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { parseInput } from '../http/validate';
import { buildOpenApiDocument, type OpenApiDocument } from '../open-api/build-document';
import { PUBLIC_OPERATIONS } from '../open-api/public-api';
import { renderDocsPage } from '../open-api/render-docs-page';
import type { Deps } from '../use-cases/context';

// The curl examples need an absolute address; without PUBLIC_BASE_URL a local one says where to put it.
const LOCAL_BASE_URL = 'http://localhost:3000';

export async function openApiRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };
  const baseUrl = (deps.publicBaseUrl ?? LOCAL_BASE_URL).replace(/\/+$/, '');
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  const documentOf = () => (document ??= buildOpenApiDocument(PUBLIC_OPERATIONS, { serverUrl: deps.publicBaseUrl }));

  app.get('/api/docs/openapi.json', open, async (request, reply) => {
    parseInput(zNoInput, request.query);
    return reply.header('cache-control', 'public, max-age=300').send(documentOf());
  });

  app.get('/api/docs', open, async (request, reply) => {
    parseInput(zNoInput, request.query);
    page ??= renderDocsPage(documentOf(), PUBLIC_OPERATIONS, baseUrl);
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
      .header('x-content-type-options', 'nosniff')
      .type('text/html; charset=utf-8')
      .send(page);
  });
}
