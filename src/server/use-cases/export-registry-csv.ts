import type { RegistryCsvQuery } from '../../contracts/registry';
import { registryReadRepository } from '../../db/repositories/registry-read.repository';
import { toRegistryCsv } from '../registry/registry-csv';
import { toRegistryEntry } from '../registry/registry-view';
import type { Deps } from './context';
import { registryFilterOf } from './list-registry';

/**
 * The whole filtered list as CSV bytes (F6 item 3, open data): the same filters, fields and neutral order as the JSON
 * list, no paging. The route names the file for the day of the download (registryCsvFileName).
 */
export async function exportRegistryCsv(deps: Pick<Deps, 'db'>, query: RegistryCsvQuery): Promise<Buffer> {
  const rows = await registryReadRepository.listAll(deps.db, registryFilterOf(query));
  return toRegistryCsv(rows.map(toRegistryEntry));
}
