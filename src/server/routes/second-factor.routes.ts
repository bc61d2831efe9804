// TOTP second factor for back-office roles (F7 item 3): enrol, confirm, verify. These routes are open to a session
// whose code is still pending, and before an initial password is changed (the code comes first, then the password).
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zSecondFactorCode } from '../../contracts/second-factor';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { beginEnrolment } from '../use-cases/second-factor/begin-enrolment';
import { confirmEnrolment } from '../use-cases/second-factor/confirm-enrolment';
import { verifySecondFactor } from '../use-cases/second-factor/verify-second-factor';

const config = { isAllowedBeforeSecondFactor: true, isAllowedBeforePasswordChange: true };

export async function secondFactorRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.post('/api/auth/second-factor/enrolment', { config }, async (request) => {
    parseInput(zNoInput, request.body);
    return { enrolment: await beginEnrolment(deps, contextOf(request), request.session) };
  });

  app.post('/api/auth/second-factor/enrolment/confirm', { config }, async (request) => {
    const { code } = parseInput(zSecondFactorCode, request.body);
    return { user: await confirmEnrolment(deps, contextOf(request), request.session, code) };
  });

  app.post('/api/auth/second-factor/verify', { config }, async (request) => {
    const { code } = parseInput(zSecondFactorCode, request.body);
    return { user: await verifySecondFactor(deps, contextOf(request), request.session, code) };
  });
}
