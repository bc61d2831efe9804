// F7 item 2: the security administrator withdraws a role; the sessions acting in it end at once, so the right is
// gone on the next request (等保2.0 三级 8.1.4.2 访问控制).
import type { AccountView } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { AppError } from '../../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, refuseOwnAccount } from './account-view';

export async function withdrawRole(deps: Deps, ctx: RequestContext, id: string, assignmentId: string): Promise<AccountView> {
  const actor = requirePermission(ctx, 'role.manage');
  refuseOwnAccount(actor, id, '不能撤销本人账号的角色，请由另一位安全保密管理员办理');
  return deps.db.transaction(async (tx) => {
    await getAccountForUpdate(tx, id);
    const endedSessions = await accountsRepository.deleteSessionsOfAssignment(tx, assignmentId);
    const removed = await accountsRepository.deleteAssignment(tx, id, assignmentId);
    if (!removed) throw new AppError('NOT_FOUND', '未找到该账号的这项授权');
    await appendAudit(tx, deps, ctx, {
      action: 'role.withdrawn',
      objectType: 'role_assignment',
      objectId: removed.id,
      before: { userId: id, role: removed.role, cityCode: removed.cityCode, organisationId: removed.organisationId },
      after: { endedSessions },
    });
    return accountViewOf(tx, id, deps.clock.now());
  });
}
