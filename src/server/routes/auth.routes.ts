import type { FastifyInstance } from 'fastify';
import { zChangePasswordRequest, zLoginRequest } from '../../contracts/auth';
import { zNoInput } from '../../contracts/fields';
import { AppError } from '../../domain/shared/app-error';
import { createLoginThrottle } from '../auth/login-throttle';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../auth/session-token';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { changePassword } from '../use-cases/change-password';
import type { Deps } from '../use-cases/context';
import { logIn } from '../use-cases/log-in';
import { logOut } from '../use-cases/log-out';

export async function authRoutes(app: FastifyInstance, options: { deps: Deps; isSecureCookie: boolean }): Promise<void> {
  const { deps, isSecureCookie } = options;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureCookie } as const;

  const throttle = createLoginThrottle(() => deps.clock.now());
  const FAILED_LOGIN_CODES = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED']);

  app.post('/api/auth/login', { config: { isPublic: true } }, async (request, reply) => {
    const input = parseInput(zLoginRequest, request.body);
    // F7 item 3: too many failed logins from one address are refused before any password is tried.
    throttle.check(request.ip);
    const { token, user } = await logIn(deps, contextOf(request), input).catch((error: unknown) => {
      if (error instanceof AppError && FAILED_LOGIN_CODES.has(error.code)) throttle.recordFailure(request.ip);
      throw error;
    });
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_ABSOLUTE_MS / 1000 });
    return { user };
  });

  app.post('/api/auth/logout', { config: { isPublic: true } }, async (request, reply) => {
    parseInput(zNoInput, request.body);
    await logOut(deps, contextOf(request));
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { config: { isAllowedBeforePasswordChange: true } }, async (request) => {
    parseInput(zNoInput, request.query);
    if (!request.session) throw new AppError('UNAUTHENTICATED', '请先登录');
    return { user: request.session.user };
  });

  app.post('/api/auth/password', { config: { isAllowedBeforePasswordChange: true } }, async (request, reply) => {
    const input = parseInput(zChangePasswordRequest, request.body);
    await changePassword(deps, contextOf(request), input);
    return reply.code(204).send();
  });
}
