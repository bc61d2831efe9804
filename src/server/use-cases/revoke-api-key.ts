// 数据接口: revoking a key is final; a revoked key is refused at once (401) and stays listed with its prefix.
import type { ApiKeyView } from '../../contracts/api-keys';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { AppError } from '../../domain/shared/app-error';
import { toApiKeyView } from './api-key-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notFound } from './require-actor';

export async function revokeApiKey(deps: Deps, ctx: RequestContext, id: string, keyId: string): Promise<ApiKeyView> {
  return deps.db.transaction(async (tx) => {
    const { actor, application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'creationData.write' });
    const key = await apiKeysRepository.findById(tx, keyId);
    if (!key || key.applicationId !== application.id) throw notFound();
    const revoked = await apiKeysRepository.revoke(tx, key.id, { revokedBy: actor.userId, revokedAt: deps.clock.now() });
    if (!revoked) throw new AppError('STATE_CHANGED', '该密钥已吊销，吊销不能撤回', { details: { revokedAt: key.revokedAt?.toISOString() ?? null } });
    await appendAudit(tx, deps, ctx, { action: 'apiKey.revoked', objectType: 'api_key', objectId: key.id, before: { revokedAt: null }, after: { applicationId: application.id, keyPrefix: key.keyPrefix, revokedAt: revoked.revokedAt?.toISOString() } });
    return toApiKeyView(revoked, null);
  });
}
