// The push API's only credential (F4 item 2(b)): `Authorization: Bearer <key>`. The key names its creation object,
// so a request can only ever write to the platform/base the key was made for. Missing, malformed, unknown and
// revoked keys all get the same 401 with the same message: nothing tells which part was wrong.
import { apiKeysRepository, type ApiKeyRow } from '../../db/repositories/api-keys.repository';
import { AppError } from '../../domain/shared/app-error';
import { apiKeyPrefixOf, bearerTokenOf, hashApiKey, isSameKeyHash } from '../auth/api-key-token';
import type { Deps } from './context';

export type AuthenticatedApiKey = Pick<ApiKeyRow, 'id' | 'applicationId' | 'keyPrefix'>;

// Compared against when the prefix is unknown, so a miss costs the same hash-and-compare as a wrong key.
const NO_KEY_SHA256 = hashApiKey('sfk_no-such-key');

function invalid(): AppError {
  return new AppError('API_KEY_INVALID', 'API密钥无效或已吊销，请在请求头Authorization中以“Bearer 密钥”提供有效密钥');
}

export async function authenticateApiKey(deps: Deps, authorization: string | undefined): Promise<AuthenticatedApiKey> {
  const presented = bearerTokenOf(authorization) ?? '';
  const prefix = apiKeyPrefixOf(presented);
  const row = prefix ? await apiKeysRepository.findByPrefix(deps.db, prefix) : undefined;
  const isMatch = isSameKeyHash(presented, row?.keySha256 ?? NO_KEY_SHA256);
  if (!row || !isMatch || row.revokedAt !== null) throw invalid();
  await apiKeysRepository.recordUse(deps.db, row.id, deps.clock.now());
  return { id: row.id, applicationId: row.applicationId, keyPrefix: row.keyPrefix };
}
