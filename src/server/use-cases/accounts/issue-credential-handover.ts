// F7 item 2 (三员分立, ADR 0020): the security administrator issues the second half of a one-time password, once.
// The sealed copy is emptied in the same transaction, so a second press answers 409 and nothing can show it again.
import type { IssuedSecondHalf } from '../../../contracts/accounts';
import { credentialHandoversRepository } from '../../../db/repositories/credential-handovers.repository';
import { handoverStateOf, HANDOVER_REFUSALS, SECOND_HALF_EXPLANATION } from '../../../domain/accounts/credential-handover';
import { AppError } from '../../../domain/shared/app-error';
import { openField } from '../../security/field-cipher';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { getAccountForUpdate, refuseOwnAccount } from './account-view';
import { handoverAssociatedData } from './credential-handover';

export async function issueCredentialHandover(deps: Deps, ctx: RequestContext, id: string): Promise<IssuedSecondHalf> {
  const actor = requirePermission(ctx, 'role.manage');
  return deps.db.transaction(async (tx) => {
    // The account first, then the handover: the order a reset takes them in (reset-password.ts → supersedePending),
    // so an issue and a reset of the same account at the same moment wait for each other instead of deadlocking.
    const seen = await credentialHandoversRepository.findById(tx, id);
    if (!seen) throw new AppError('NOT_FOUND', '未找到该待发放密码');
    const account = await getAccountForUpdate(tx, seen.userId);
    const handover = await credentialHandoversRepository.lockById(tx, id);
    if (!handover) throw new AppError('NOT_FOUND', '未找到该待发放密码');
    // 等保2.0 三级 8.1.4.2: knowing both halves of one's own password would undo the split; the same for a half
    // this administrator asked for itself (it cannot, holding no account.manage, but the row says who did).
    refuseOwnAccount(actor, handover.userId, '不能发放本人账号的密码第二段，请由另一名安全保密管理员发放');
    if (handover.requestedBy === actor.userId) throw new AppError('FORBIDDEN', '不能发放本人申请的密码第二段');
    const state = handoverStateOf(handover);
    if (state !== 'pending' || handover.secondHalfSealed === null) throw new AppError('STATE_CHANGED', HANDOVER_REFUSALS[state === 'pending' ? 'issued' : state]);
    const secondHalf = openSecondHalf(deps, handover.secondHalfSealed, handover.id, handover.userId);
    const now = deps.clock.now();
    await credentialHandoversRepository.markIssued(tx, handover.id, actor.userId, now);
    await appendAudit(tx, deps, ctx, {
      action: 'account.credential_issued',
      objectType: 'user',
      objectId: handover.userId,
      // Which handover and why — never the half (ADR 0020).
      after: { credentialHandoverId: handover.id, kind: handover.kind, requestedBy: handover.requestedBy },
    });
    return {
      handoverId: handover.id,
      account: { id: account.id, username: account.username, displayName: account.displayName },
      secondHalf,
      explanation: SECOND_HALF_EXPLANATION,
    };
  });
}

function openSecondHalf(deps: Deps, sealed: string, handoverId: string, userId: string): string {
  try {
    return openField(deps.security.dataKey, sealed, handoverAssociatedData(handoverId, userId));
  } catch {
    // Wrong SHIFAN_DATA_KEY or a tampered row: the system administrator must reset the password again.
    throw new AppError('INTERNAL', '待发放密码无法解密（数据密钥不符或记录已被篡改），请系统管理员重新重置该账号的密码');
  }
}
