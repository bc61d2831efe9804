// `npm run registry:rebuild` and the first start after migration 0016 (ADR 0017): every programme entry recomputed
// from current data, with the public history of past lifecycle events it does not show yet. Entries from the
// province's earlier list (legacy) and MIIT's list (miit) are not the programme's and are left as they are. The same
// projection as every write, so a rebuild of a maintained registry changes nothing.
import type { Db } from '../../db/client';
import { registryProjectionRepository } from '../../db/repositories/registry-projection.repository';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import type { Clock } from '../clock';
import { LISTED_STATES, projectApplication } from './project-registry-entry';

export interface RegistryRebuildResult {
  /** Applications projected (listed now, or with an entry from before). */
  projected: number;
  /** Of those, the ones whose entry or history was written. */
  changed: number;
}

/** One transaction: readers see the registry before or after, never half of it. */
export async function rebuildRegistry(db: Db, clock: Clock): Promise<RegistryRebuildResult> {
  return db.transaction(async (tx) => {
    await registryProjectionRepository.lockRebuild(tx);
    const ids = await registryProjectionRepository.listProjectableApplicationIds(tx, LISTED_STATES);
    let changed = 0;
    for (const id of ids) {
      if (await projectApplication(tx, { clock }, id)) changed += 1;
    }
    if (changed > 0) await registryWriteRepository.bumpVersion(tx);
    return { projected: ids.length, changed };
  });
}

/**
 * At server start: a database with listed objects that have no entry (one from before the registry existed) is
 * rebuilt; otherwise nothing happens.
 */
export async function ensureRegistryBuilt(db: Db, clock: Clock): Promise<RegistryRebuildResult | null> {
  if (!(await registryProjectionRepository.hasListedApplicationWithoutEntry(db, LISTED_STATES))) return null;
  return rebuildRegistry(db, clock);
}
