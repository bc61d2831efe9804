// 数据接口 (F4 item 2(b)): the operator makes a key for its own systems to push data with (全国一张网 style). The key
// is answered once and never stored: only its SHA-256 and prefix are kept. At most MAX_ACTIVE_API_KEYS are active.
import { MAX_ACTIVE_API_KEYS, type CreatedApiKey } from '../../contracts/api-keys';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { AppError } from '../../domain/shared/app-error';
import { newApiKey } from '../auth/api-key-token';
import { toApiKeyView } from './api-key-view';
import { requireCollectingData } from '../creation-data/collection-context';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

const DRAWS = 3;

export async function createApiKey(deps: Deps, ctx: RequestContext, id: string, input: { label: string }): Promise<CreatedApiKey> {
  return deps.db.transaction(async (tx) => {
    // The object's row is locked so two requests at once cannot both pass the limit.
    const { actor, application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'creationData.write', isLocked: true });
    requireCollectingData(application);
    if ((await apiKeysRepository.countActive(tx, application.id)) >= MAX_ACTIVE_API_KEYS) {
      throw new AppError('API_KEY_LIMIT_REACHED', `每个平台（基地）最多同时有${MAX_ACTIVE_API_KEYS}个有效密钥，请先吊销不再使用的密钥`);
    }
    for (let draw = 0; draw < DRAWS; draw += 1) {
      const fresh = newApiKey();
      const row = await apiKeysRepository.insert(tx, {
        applicationId: application.id,
        label: input.label,
        keyPrefix: fresh.keyPrefix,
        keySha256: fresh.keySha256,
        createdBy: actor.userId,
        createdAt: deps.clock.now(),
      });
      if (!row) continue;
      await appendAudit(tx, deps, ctx, { action: 'apiKey.created', objectType: 'api_key', objectId: row.id, after: { applicationId: application.id, label: row.label, keyPrefix: row.keyPrefix } });
      return { ...toApiKeyView(row, null), key: fresh.key };
    }
    throw new Error('could not draw an unused API key prefix');
  });
}
