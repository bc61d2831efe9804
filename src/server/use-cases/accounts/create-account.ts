// F7 item 2: the system administrator opens an account with a one-time password (must be changed at first login —
// 等保2.0 三级 8.1.4.1) and no role: roles are granted by the security administrator (三员分立). The system
// administrator sees only the password's first half; the second waits for the security administrator (ADR 0020).
import type { AccountWithFirstHalf, CreateAccountRequest } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { AppError } from '../../../domain/shared/app-error';
import { hashPassword } from '../../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { newOneTimePassword, toAccountView } from './account-view';
import { openCredentialHandover } from './credential-handover';

export async function createAccount(deps: Deps, ctx: RequestContext, input: CreateAccountRequest): Promise<AccountWithFirstHalf> {
  const actor = requirePermission(ctx, 'account.manage');
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const account = await accountsRepository.insert(tx, { username: input.username, displayName: input.displayName, passwordHash, passwordChangedAt: now });
    if (!account) throw new AppError('USERNAME_TAKEN', '该用户名已被使用', { issues: [{ path: 'username', message: '该用户名已被使用' }] });
    const handover = await openCredentialHandover(tx, deps, { userId: account.id, kind: 'created', oneTimePassword, requestedBy: actor.userId, now });
    await appendAudit(tx, deps, ctx, {
      action: 'account.created',
      objectType: 'user',
      objectId: account.id,
      // The handover's id, never a half of the password (ADR 0020).
      after: { username: account.username, displayName: account.displayName, mustChangePassword: true, credentialHandoverId: handover.handoverId },
    });
    return { account: toAccountView(account, [], now), firstHalf: handover.firstHalf, explanation: handover.explanation };
  });
}
