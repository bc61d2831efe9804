// 三员分立 accounts and roles (F7 item 2): the system administrator's accounts, the security administrator's roles.
import type { FastifyInstance } from 'fastify';
import { zAccountListQuery, zAccountParams, zAssignmentParams, zCreateAccountRequest, zCredentialHandoverParams, zGrantRoleRequest, zOrganisationSearchQuery } from '../../contracts/accounts';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { createAccount } from '../use-cases/accounts/create-account';
import { grantRole } from '../use-cases/accounts/grant-role';
import { issueCredentialHandover } from '../use-cases/accounts/issue-credential-handover';
import { listCredentialHandovers } from '../use-cases/accounts/list-credential-handovers';
import { listAccounts } from '../use-cases/accounts/list-accounts';
import { readPermissionMatrix, searchOrganisationChoices } from '../use-cases/accounts/read-permissions';
import { resetPassword } from '../use-cases/accounts/reset-password';
import { resetSecondFactor } from '../use-cases/accounts/reset-second-factor';
import { setAccountDisabled } from '../use-cases/accounts/set-account-disabled';
import { unlockAccount } from '../use-cases/accounts/unlock-account';
import { withdrawRole } from '../use-cases/accounts/withdraw-role';
import type { Deps } from '../use-cases/context';

export async function adminAccountsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/admin/accounts', async (request) => listAccounts(deps, contextOf(request), parseInput(zAccountListQuery, request.query)));

  app.post('/api/admin/accounts', async (request, reply) => {
    const input = parseInput(zCreateAccountRequest, request.body);
    // The password's first half is in this answer only: no cache may keep it (ADR 0020).
    return reply.code(201).header('cache-control', 'no-store').send(await createAccount(deps, contextOf(request), input));
  });

  for (const [suffix, isDisabled] of [['disable', true], ['enable', false]] as const) {
    app.post(`/api/admin/accounts/:id/${suffix}`, async (request) => {
      const { id } = parseInput(zAccountParams, request.params);
      parseInput(zNoInput, request.body);
      return setAccountDisabled(deps, contextOf(request), id, isDisabled);
    });
  }

  app.post('/api/admin/accounts/:id/reset-password', async (request, reply) => {
    const { id } = parseInput(zAccountParams, request.params);
    parseInput(zNoInput, request.body);
    return reply.header('cache-control', 'no-store').send(await resetPassword(deps, contextOf(request), id));
  });

  app.post('/api/admin/accounts/:id/roles', async (request, reply) => {
    const { id } = parseInput(zAccountParams, request.params);
    const input = parseInput(zGrantRoleRequest, request.body);
    return reply.code(201).send(await grantRole(deps, contextOf(request), id, input));
  });

  app.delete('/api/admin/accounts/:id/roles/:assignmentId', async (request) => {
    const { id, assignmentId } = parseInput(zAssignmentParams, request.params);
    parseInput(zNoInput, request.body);
    return withdrawRole(deps, contextOf(request), id, assignmentId);
  });

  app.post('/api/admin/accounts/:id/unlock', async (request) => {
    const { id } = parseInput(zAccountParams, request.params);
    parseInput(zNoInput, request.body);
    return unlockAccount(deps, contextOf(request), id);
  });

  app.post('/api/admin/accounts/:id/reset-second-factor', async (request) => {
    const { id } = parseInput(zAccountParams, request.params);
    parseInput(zNoInput, request.body);
    return resetSecondFactor(deps, contextOf(request), id);
  });

  // ADR 0020: the security administrator issues the second half of each one-time password, once.
  app.get('/api/admin/credential-handovers', async (request) => {
    parseInput(zNoInput, request.query);
    return listCredentialHandovers(deps, contextOf(request));
  });

  app.post('/api/admin/credential-handovers/:id/issue', async (request, reply) => {
    const { id } = parseInput(zCredentialHandoverParams, request.params);
    parseInput(zNoInput, request.body);
    return reply.header('cache-control', 'no-store').send(await issueCredentialHandover(deps, contextOf(request), id));
  });

  app.get('/api/admin/permissions', async (request) => {
    parseInput(zNoInput, request.query);
    return readPermissionMatrix(contextOf(request));
  });

  app.get('/api/admin/organisation-choices', async (request) => {
    const { q } = parseInput(zOrganisationSearchQuery, request.query);
    return searchOrganisationChoices(deps, contextOf(request), q);
  });
}
