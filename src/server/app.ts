// createApp: the Fastify instance with request ids, sessions, the error envelope and every feature's routes.
// main.ts listens; tests call createApp and use app.inject().
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../db/client';
import { AppError } from '../domain/shared/app-error';
import { installErrorHandling, sendError } from './http/error-handler';
import { installRequestContext } from './http/request-context';
import { authRoutes } from './routes/auth.routes';
import { calendarRoutes } from './routes/calendar.routes';
import { callsRoutes } from './routes/calls.routes';
import { cityReviewRoutes } from './routes/city-review.routes';
import { provinceReviewRoutes } from './routes/province-review.routes';
import { notificationsRoutes } from './routes/notifications.routes';
import { applicationsRoutes } from './routes/applications.routes';
import { divisionsRoutes } from './routes/divisions.routes';
import { healthRoutes } from './routes/health.routes';
import { noticesRoutes } from './routes/notices.routes';
import { organisationsRoutes } from './routes/organisations.routes';
import { registrationsRoutes } from './routes/registrations.routes';
import { standardsRoutes } from './routes/standards.routes';
import { todosRoutes } from './routes/todos.routes';
import { expertsRoutes } from './routes/experts.routes';
import { apiKeysRoutes } from './routes/api-keys.routes';
import { progressReportsRoutes } from './routes/progress-reports.routes';
import { pushApiRoutes } from './routes/push-api.routes';
import { creationObjectsRoutes } from './routes/creation-objects.routes';
import { dataCorrectionsRoutes } from './routes/data-corrections.routes';
import { dataImportsRoutes } from './routes/data-imports.routes';
import { acceptanceRoutes } from './routes/acceptance.routes';
import { acceptanceOpinionsRoutes } from './routes/acceptance-opinions.routes';
import { certificationRoutes } from './routes/certification.routes';
import { integrityActionsRoutes } from './routes/integrity-actions.routes';
import { changeReportsRoutes } from './routes/change-reports.routes';
import { reReviewRoutes } from './routes/re-review.routes';
import { obligationsRoutes } from './routes/obligations.routes';
import { registryRoutes } from './routes/registry.routes';
import { openApiRoutes } from './routes/open-api.routes';
import { nationalTierRoutes } from './routes/national-tier.routes';
import { organisationContactRoutes } from './routes/organisation-contact.routes';
import { adminAccountsRoutes } from './routes/admin-accounts.routes';
import { auditLogRoutes } from './routes/audit-log.routes';
import { secondFactorRoutes } from './routes/second-factor.routes';
import { oversightRoutes } from './routes/oversight.routes';
import { installSecurityHeaders } from './http/security-headers';
import { installUploadRateLimit } from './http/upload-rate-limit';
import { LOG_REDACT_PATHS, LOG_SERIALIZERS } from './security/log-redaction';
import type { Deps } from './use-cases/context';

/** What the route × role matrix, the OpenAPI test and the second-factor gate test learn of each route. */
export interface RegisteredRoute {
  method: string;
  url: string;
  isSessionless: boolean;
  isPublic: boolean;
  isAllowedBeforeSecondFactor: boolean;
}

export interface AppOptions {
  deps: Deps;
  databaseKind: DatabaseKind;
  isSecureCookie?: boolean;
  /** Built web assets (dist/web); absent in API-only tests. */
  webDir?: string | undefined;
  logLevel?: string;
  isBehindProxy?: boolean;
  /** Called for every route as it is registered (the route × role test and the OpenAPI test collect them). */
  onRoute?: (route: RegisteredRoute) => void;
  /** How long the registry's response cache trusts a version read (ms); tests pass 0 to see writes at once. */
  registryVersionCheckMs?: number;
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // F7 item 6: cookies, credentials and personal phones never reach a log line.
    logger: { level: options.logLevel ?? 'silent', redact: LOG_REDACT_PATHS, serializers: LOG_SERIALIZERS },
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: options.isBehindProxy ?? false,
    // F7 item 7: the router's own refusals (bad percent-encoding, an over-long path parameter) get the error
    // envelope in Chinese too, never Fastify's English body that echoes the path.
    frameworkErrors: (_error, _request, reply) => {
      sendError(reply, new AppError('MALFORMED_REQUEST', '请求地址格式不正确'));
    },
  });
  if (options.onRoute) {
    const collect = options.onRoute;
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue;
        collect({
          method,
          url: route.url,
          isSessionless: route.config?.isSessionless === true,
          isPublic: route.config?.isPublic === true,
          isAllowedBeforeSecondFactor: route.config?.isAllowedBeforeSecondFactor === true,
        });
      }
    });
  }
  installErrorHandling(app);
  installSecurityHeaders(app, { isSecure: options.isSecureCookie ?? false });
  await app.register(fastifyCookie);
  installRequestContext(app, options.deps);
  // F7 item 4: every multipart upload is rate-limited per user (per address when nobody is signed in).
  installUploadRateLimit(app);

  const { deps } = options;
  await app.register(healthRoutes, { databaseKind: options.databaseKind });
  await app.register(divisionsRoutes);
  await app.register(authRoutes, { deps, isSecureCookie: options.isSecureCookie ?? false });
  await app.register(registrationsRoutes, { deps });
  await app.register(organisationsRoutes, { deps });
  await app.register(todosRoutes, { deps });
  await app.register(standardsRoutes);
  await app.register(calendarRoutes, { deps });
  await app.register(callsRoutes, { deps });
  // F3 feature routes are registered below, one line each.
  await app.register(expertsRoutes, { deps });
  await app.register(cityReviewRoutes, { deps });
  await app.register(provinceReviewRoutes, { deps });
  await app.register(notificationsRoutes, { deps });
  await app.register(applicationsRoutes, { deps });
  await app.register(noticesRoutes, { deps });
  await app.register(creationObjectsRoutes, { deps });
  await app.register(apiKeysRoutes, { deps });
  await app.register(pushApiRoutes, { deps });
  await app.register(progressReportsRoutes, { deps });
  await app.register(dataCorrectionsRoutes, { deps });
  await app.register(dataImportsRoutes, { deps });
  await app.register(acceptanceRoutes, { deps });
  await app.register(acceptanceOpinionsRoutes, { deps });
  await app.register(certificationRoutes, { deps });
  await app.register(oversightRoutes, { deps });
  await app.register(integrityActionsRoutes, { deps });
  await app.register(changeReportsRoutes, { deps });
  await app.register(reReviewRoutes, { deps });
  await app.register(obligationsRoutes, { deps });
  // F6: the registry and its open data, the API description, the national tier, organisations' public contact.
  await app.register(registryRoutes, { deps, registryVersionCheckMs: options.registryVersionCheckMs });
  await app.register(openApiRoutes, { deps });
  await app.register(nationalTierRoutes, { deps });
  await app.register(organisationContactRoutes, { deps });
  // F7: the three administrators' work (三员分立) and the second factor.
  await app.register(adminAccountsRoutes, { deps });
  await app.register(auditLogRoutes, { deps });
  await app.register(secondFactorRoutes, { deps });

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: ['index.html'],
      // Serve the .br/.gz vite.config.ts writes next to each asset (adds Vary: Accept-Encoding); F6 item 5.
      preCompressed: true,
      // Vite names assets by content hash, so they never change; index.html must always be re-checked.
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    // The single-page app owns every non-API path without a file extension (its client-side routes); a
    // missing file such as an old /assets/*.js stays a 404 so the browser does not get HTML for a script.
    const pathname = request.url.split('?')[0] ?? '';
    const isPageRoute = !pathname.startsWith('/api') && !/\.[a-z0-9]+$/i.test(pathname);
    if (hasWeb && isPageRoute && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(reply, new AppError('NOT_FOUND', `接口不存在：${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)}`));
  });
  return app;
}
