// F7 item 2: the security administrator grants a role (三员分立; 等保2.0 三级 8.1.4.2 访问控制). An administrator
// role is its account's only role; the domain rule decides, the trigger of 0019_admin_separation.sql backs it up.
import type { AccountView, GrantRoleRequest } from '../../../contracts/accounts';
import { accountsRepository } from '../../../db/repositories/accounts.repository';
import { organisationsRepository } from '../../../db/repositories/organisations.repository';
import { decideRoleGrant, type HeldRole } from '../../../domain/accounts/role-separation';
import { AppError } from '../../../domain/shared/app-error';
import { isRole } from '../../../domain/shared/roles';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { requirePermission } from '../require-actor';
import { accountViewOf, getAccountForUpdate, refuseOwnAccount } from './account-view';

export async function grantRole(deps: Deps, ctx: RequestContext, id: string, input: GrantRoleRequest): Promise<AccountView> {
  const actor = requirePermission(ctx, 'role.manage');
  refuseOwnAccount(actor, id, '不能为本人账号授予角色，请由另一位安全保密管理员办理');
  const requested: HeldRole = { role: input.role, cityCode: input.cityCode ?? null, organisationId: input.organisationId ?? null };
  return deps.db.transaction(async (tx) => {
    await getAccountForUpdate(tx, id);
    if (requested.organisationId && !(await organisationsRepository.findById(tx, requested.organisationId))) {
      throw new AppError('VALIDATION_FAILED', '所选申报单位不存在', { issues: [{ path: 'organisationId', message: '所选申报单位不存在' }] });
    }
    const held = (await accountsRepository.findAssignments(tx, id)).flatMap((a): HeldRole[] =>
      isRole(a.role) ? [{ role: a.role, cityCode: a.cityCode, organisationId: a.organisationId }] : [],
    );
    const decision = decideRoleGrant(held, requested);
    if (!decision.isAllowed) {
      const code = decision.reason === 'alreadyHeld' ? 'STATE_CHANGED' : 'ROLE_SEPARATION';
      throw new AppError(code, decision.message, { issues: [{ path: 'role', message: decision.message }], details: { reason: decision.reason } });
    }
    const assignment = await accountsRepository.insertAssignment(tx, { userId: id, ...requested });
    if (!assignment) throw new AppError('ROLE_SEPARATION', '三员分立：管理员角色不能与其他角色并存', { issues: [{ path: 'role', message: '三员分立：管理员角色不能与其他角色并存' }] });
    await appendAudit(tx, deps, ctx, { action: 'role.granted', objectType: 'role_assignment', objectId: assignment.id, after: { userId: id, ...requested } });
    return accountViewOf(tx, id, deps.clock.now());
  });
}
