// F7 item 2: the system administrator disables an account — every session it has ends at once, so the next
// request on an old cookie gets 401 (等保2.0 三级 8.1.4.2 及时删除或停用多余的、过期的账户) — or enables it again.
import type { AccountView } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, refuseOwnAccount } from './account-view';

export async function setAccountDisabled(deps: Deps, ctx: RequestContext, id: string, isDisabled: boolean): Promise<AccountView> {
  const actor = requirePermission(ctx, 'account.manage');
  if (isDisabled) refuseOwnAccount(actor, id, '不能停用本人账号，请由另一位系统管理员办理');
  return deps.db.transaction(async (tx) => {
    const account = await getAccountForUpdate(tx, id);
    await accountsRepository.setDisabled(tx, id, isDisabled);
    const endedSessions = isDisabled ? await accountsRepository.deleteSessions(tx, id) : 0;
    await appendAudit(tx, deps, ctx, {
      action: isDisabled ? 'account.disabled' : 'account.enabled',
      objectType: 'user',
      objectId: id,
      before: { isDisabled: account.isDisabled },
      after: { isDisabled, endedSessions },
    });
    return accountViewOf(tx, id, deps.clock.now());
  });
}
