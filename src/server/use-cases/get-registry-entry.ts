import type { RegistryEntryDetail } from '../../contracts/registry';
import { registryReadRepository } from '../../db/repositories/registry-read.repository';
import { AppError } from '../../domain/shared/app-error';
import { toRegistryEntryDetail } from '../registry/registry-view';
import type { Deps } from './context';

/**
 * One entry with its former names and public history (F6 item 1). Revoked and exited entries keep their page (ADR
 * 0017): the id is stable for good, so a link published once keeps working.
 */
export async function getRegistryEntry(deps: Pick<Deps, 'db'>, id: string): Promise<RegistryEntryDetail> {
  const row = await registryReadRepository.findEntry(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', '未找到该示范平台（基地）');
  const history = await registryReadRepository.listHistory(deps.db, id);
  return toRegistryEntryDetail(row, history);
}
