// 数据接口: the push API keys of a creation object, revoked ones included (the record stays; only the prefix shows).
import { MAX_ACTIVE_API_KEYS, type ApiKeyList } from '../../contracts/api-keys';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { toApiKeyView } from './api-key-view';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export async function listApiKeys(deps: Deps, ctx: RequestContext, id: string): Promise<ApiKeyList> {
  const { application } = await loadCreationObject(deps, ctx, id);
  const rows = await apiKeysRepository.listByApplication(deps.db, application.id);
  return { keys: rows.map((row) => toApiKeyView(row.key, row.createdByName)), maxActive: MAX_ACTIVE_API_KEYS };
}
