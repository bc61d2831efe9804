// What an earlier push did, for the key that pushed it only (another key, even of the same platform, gets 404).
import type { PushedImport } from '../../contracts/api-keys';
import { apiKeysRepository } from '../../db/repositories/api-keys.repository';
import { findDatasetHandler } from '../creation-data/dataset-handlers';
import type { AuthenticatedApiKey } from './authenticate-api-key';
import type { Deps } from './context';
import { notFound } from './require-actor';

export async function getPushedImport(deps: Deps, key: AuthenticatedApiKey, importId: string): Promise<PushedImport> {
  const row = await apiKeysRepository.findPushedImport(deps.db, importId, key.id);
  if (!row) throw notFound();
  const columns = findDatasetHandler(row.dataset)?.schema.columns ?? [];
  const fieldOfHeader = new Map(columns.map((c) => [c.header, c.key]));
  const rejectedByField = Object.fromEntries(Object.entries(row.rejectedByColumn).map(([header, n]) => [fieldOfHeader.get(header) ?? header, n]));
  return {
    importId: row.id,
    dataset: row.dataset,
    totalRows: row.totalRows,
    acceptedRows: row.acceptedRows,
    duplicateRows: row.duplicateRows,
    rejectedRows: row.rejectedRows,
    rejectedByField,
    createdAt: row.createdAt.toISOString(),
  };
}
