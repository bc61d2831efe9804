// F7 item 2: the security administrator lifts the lock that repeated login failures set (F7 item 3; 等保2.0 三级
// 8.1.4.1 登录失败处理), without waiting for it to run out.
import type { AccountView } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate } from './account-view';

export async function unlockAccount(deps: Deps, ctx: RequestContext, id: string): Promise<AccountView> {
  requirePermission(ctx, 'role.manage');
  return deps.db.transaction(async (tx) => {
    const account = await getAccountForUpdate(tx, id);
    await accountsRepository.unlock(tx, id);
    await appendAudit(tx, deps, ctx, {
      action: 'account.unlocked',
      objectType: 'user',
      objectId: id,
      before: { lockedUntil: account.lockedUntil?.toISOString() ?? null, failedLoginCount: account.failedLoginCount },
      after: { lockedUntil: null, failedLoginCount: 0 },
    });
    return accountViewOf(tx, id, deps.clock.now());
  });
}
