import type { ApiKeyView } from '../../contracts/api-keys';
import type { ApiKeyRow } from '../../db/repositories/api-keys.repository';

export function toApiKeyView(key: ApiKeyRow, createdByName: string | null): ApiKeyView {
  return {
    id: key.id,
    label: key.label,
    keyPrefix: key.keyPrefix,
    isActive: key.revokedAt === null,
    createdAt: key.createdAt.toISOString(),
    createdByName,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}
