// F7 item 2: the system administrator gives an account a new one-time password (shown once). The user must change
// it at the next login, and every session of the account ends now (等保2.0 三级 8.1.4.1 身份鉴别).
import type { AccountWithOneTimePassword } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { hashPassword } from '../../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, newOneTimePassword, refuseOwnAccount } from './account-view';

export async function resetPassword(deps: Deps, ctx: RequestContext, id: string): Promise<AccountWithOneTimePassword> {
  const actor = requirePermission(ctx, 'account.manage');
  // The administrator's own password goes through the ordinary change-password page, which asks for the old one.
  refuseOwnAccount(actor, id, '不能重置本人账号的密码，请在“修改密码”中修改');
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return deps.db.transaction(async (tx) => {
    await getAccountForUpdate(tx, id);
    const now = deps.clock.now();
    await accountsRepository.setOneTimePassword(tx, id, passwordHash, now);
    const endedSessions = await accountsRepository.deleteSessions(tx, id);
    await appendAudit(tx, deps, ctx, { action: 'account.password_reset', objectType: 'user', objectId: id, after: { mustChangePassword: true, endedSessions } });
    return { account: await accountViewOf(tx, id, now), oneTimePassword };
  });
}
