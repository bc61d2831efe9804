import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/shared/app-error';
import { SESSION_COOKIE } from '../auth/session-token';
import type { Deps, RequestContext } from '../use-cases/context';
import { resolveSession, type ResolvedSession } from '../use-cases/resolve-session';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Routes are for signed-in users unless they say otherwise (deny by default). */
    isPublic?: boolean;
    /** Usable before an initial password has been changed (who am I, change it, log out, 待办). */
    isAllowedBeforePasswordChange?: boolean;
    /** Usable while a back-office login still owes its TOTP code (F7 item 3): the second-factor routes. */
    isAllowedBeforeSecondFactor?: boolean;
    /**
     * Open-data routes (/api/v1/…) that other systems call from anywhere: they never read the session, so a
     * forged cross-site request gains nothing and the CSRF header is not asked for (DESIGN §7).
     */
    isSessionless?: boolean;
  }
}

// F7 item 3: who-am-I (it tells the browser to ask for the code) is open to a pending session too. It lives in
// auth.routes.ts, so it is named here by method and route rather than by its config. Log-out is public already.
const OPEN_BEFORE_SECOND_FACTOR = new Set(['GET /api/auth/me']);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// CSRF guard for cookie sessions (docs/decisions/0005): a cross-site form cannot set a custom header, and a
// cross-site script cannot send one without a CORS preflight, which this server never grants.
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'shifan';

export function installRequestContext(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // Unknown paths fall through to the 404 handler untouched.
    if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
    const { config } = request.routeOptions;
    if (config.isSessionless) return;
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== CSRF_VALUE) {
      throw new AppError('CSRF_REJECTED', '请求来源校验失败，请刷新页面后重试');
    }
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await resolveSession(deps, token) : null;
    if (config.isPublic) return;
    if (!request.session) throw new AppError('UNAUTHENTICATED', '请先登录');
    // F7 item 3 (等保2.0 三级 8.1.4.1 d): the password alone opens nothing but the second-factor step. Checked before
    // the password change, so an initial password is changed only once the code is proved.
    if (
      request.session.isSecondFactorPending &&
      !config.isAllowedBeforeSecondFactor &&
      !OPEN_BEFORE_SECOND_FACTOR.has(`${request.method} ${request.routeOptions.url}`)
    ) {
      throw new AppError('SECOND_FACTOR_REQUIRED', '请先完成动态验证码验证');
    }
    // F1 item 7: an initial (or reset) password must be changed before any business is done.
    if (request.session.user.mustChangePassword && !config.isAllowedBeforePasswordChange) {
      const message = request.session.user.passwordChangeReason === 'expired' ? '密码已超过90天未修改，请先修改密码' : '请先修改初始密码';
      throw new AppError('PASSWORD_CHANGE_REQUIRED', message);
    }
  });
}

export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return {
    requestId: String(request.id),
    ip: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null,
    actor: request.session?.actor ?? null,
    sessionTokenHash: request.session?.tokenHash ?? null,
  };
}
