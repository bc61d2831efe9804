// F7 item 2: the account list (user name, name, roles with scope, status, last login, password age) for the
// system administrator (accounts) and the security administrator (roles). No business data is read.
import type { AccountList } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import type { Deps, RequestContext } from '../context';
import { requireAnyPermission, toAccountView } from './account-view';

export async function listAccounts(deps: Deps, ctx: RequestContext, query: { q?: string | undefined }): Promise<AccountList> {
  requireAnyPermission(ctx, ['account.manage', 'role.manage']);
  const now = deps.clock.now();
  const rows = await accountsRepository.list(deps.db, query);
  return { accounts: rows.map((r) => toAccountView(r.account, r.assignments, now)) };
}
