// F7 item 2: the system administrator gives an account a new one-time password. The user must change it at the
// next login, and every session of the account ends now (等保2.0 三级 8.1.4.1 身份鉴别). The system administrator
// sees only the first half; the second waits for the security administrator, and replaces any half still waiting
// from an earlier reset (ADR 0020). Applicants, who have no second factor, follow the same rule.
import type { AccountWithFirstHalf } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { hashPassword } from '../../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, newOneTimePassword, refuseOwnAccount } from './account-view';
import { openCredentialHandover } from './credential-handover';

export async function resetPassword(deps: Deps, ctx: RequestContext, id: string): Promise<AccountWithFirstHalf> {
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
    const handover = await openCredentialHandover(tx, deps, { userId: id, kind: 'reset', oneTimePassword, requestedBy: actor.userId, now });
    await appendAudit(tx, deps, ctx, {
      action: 'account.password_reset',
      objectType: 'user',
      objectId: id,
      after: { mustChangePassword: true, endedSessions, credentialHandoverId: handover.handoverId, supersededHandovers: handover.supersededCount },
    });
    return { account: await accountViewOf(tx, id, now), firstHalf: handover.firstHalf, explanation: handover.explanation };
  });
}
