// F7 item 2: the system administrator opens an account with a one-time password (shown once, must be changed at
// first login — 等保2.0 三级 8.1.4.1) and no role: roles are granted by the security administrator (三员分立).
import type { AccountWithOneTimePassword, CreateAccountRequest } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { AppError } from '../../../domain/shared/app-error';
import { hashPassword } from '../../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { newOneTimePassword, toAccountView } from './account-view';

export async function createAccount(deps: Deps, ctx: RequestContext, input: CreateAccountRequest): Promise<AccountWithOneTimePassword> {
  requirePermission(ctx, 'account.manage');
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const account = await accountsRepository.insert(tx, { username: input.username, displayName: input.displayName, passwordHash, passwordChangedAt: now });
    if (!account) throw new AppError('USERNAME_TAKEN', '该用户名已被使用', { issues: [{ path: 'username', message: '该用户名已被使用' }] });
    await appendAudit(tx, deps, ctx, {
      action: 'account.created',
      objectType: 'user',
      objectId: account.id,
      after: { username: account.username, displayName: account.displayName, mustChangePassword: true },
    });
    return { account: toAccountView(account, [], now), oneTimePassword };
  });
}

