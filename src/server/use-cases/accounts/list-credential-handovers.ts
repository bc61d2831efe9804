// F7 item 2 (三员分立, ADR 0020): the security administrator's list of second halves waiting to be issued. It names
// the account, why (new account or reset), when and by whom it was asked for — never the half itself.
import type { CredentialHandoverList } from '../../../contracts/accounts';
import { credentialHandoversRepository } from '../../../db/repositories/credential-handovers.repository';
import { HANDOVER_KIND_LABELS, isHandoverKind } from '../../../domain/accounts/credential-handover';
import { AppError } from '../../../domain/shared/app-error';
import type { Deps, RequestContext } from '../context';
import { requirePermission } from '../require-actor';

export async function listCredentialHandovers(deps: Deps, ctx: RequestContext): Promise<CredentialHandoverList> {
  const actor = requirePermission(ctx, 'role.manage');
  const rows = await credentialHandoversRepository.listPending(deps.db);
  return {
    handovers: rows.map(({ handover, username, displayName, requestedByName }) => {
      if (!isHandoverKind(handover.kind)) throw new AppError('INTERNAL', '待发放密码的类型有误');
      return {
        id: handover.id,
        accountId: handover.userId,
        username,
        displayName,
        kind: handover.kind,
        kindLabel: HANDOVER_KIND_LABELS[handover.kind],
        requestedAt: handover.requestedAt.toISOString(),
        requestedByName,
        isOwnAccount: handover.userId === actor.userId,
      };
    }),
  };
}
