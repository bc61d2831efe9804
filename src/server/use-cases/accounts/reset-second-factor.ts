// F7 item 2: the security administrator clears a lost authenticator (TOTP, F7 item 3); the account enrols a new one
// at its next login. Its sessions end so no session keeps the old proof (等保2.0 三级 8.1.4.1 双因素鉴别).
import type { AccountView } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, refuseOwnAccount } from './account-view';

export async function resetSecondFactor(deps: Deps, ctx: RequestContext, id: string): Promise<AccountView> {
  const actor = requirePermission(ctx, 'role.manage');
  refuseOwnAccount(actor, id, '不能重置本人账号的第二因素，请由另一位安全保密管理员办理');
  return deps.db.transaction(async (tx) => {
    const account = await getAccountForUpdate(tx, id);
    await accountsRepository.clearSecondFactor(tx, id);
    const endedSessions = await accountsRepository.deleteSessions(tx, id);
    await appendAudit(tx, deps, ctx, {
      action: 'account.second_factor_reset',
      objectType: 'user',
      objectId: id,
      before: { hadSecondFactor: account.totpConfirmedAt !== null },
      after: { hasSecondFactor: false, endedSessions },
    });
    return accountViewOf(tx, id, deps.clock.now());
  });
}
