// Demo mode's 信息数据库 (Art. 9; ADR 0017; F6 plan §6): about seventy generated entries — the province's list from
// before the system and a few MIIT-only national ones — with their public history. Registry rows only, never
// applications, so no workspace, 待办 count or deadline job sees them. Production seeds none.
import type { Db } from '../client';
import { registryWriteRepository } from '../repositories/registry-write.repository';
import { registryEntries, registryHistory } from '../schema/index';
import { generateRegistryEntries, type GeneratedRegistry } from './registry-generator';

export const DEMO_REGISTRY_SIZE = 70;
/** Fixed, so every demo start and every journey sees the same list. */
export const DEMO_REGISTRY_SEED = 20261129;

// PostgreSQL takes at most 65,535 parameters a statement; an entry has 25 columns.
const ROWS_PER_INSERT = 500;

/** Inserts generated entries and their history, then bumps the registry version once (as every registry write does). */
export async function insertGeneratedRegistry(db: Db, generated: GeneratedRegistry): Promise<void> {
  for (let i = 0; i < generated.entries.length; i += ROWS_PER_INSERT) await db.insert(registryEntries).values(generated.entries.slice(i, i + ROWS_PER_INSERT));
  for (let i = 0; i < generated.history.length; i += ROWS_PER_INSERT) await db.insert(registryHistory).values(generated.history.slice(i, i + ROWS_PER_INSERT));
  await registryWriteRepository.bumpVersion(db);
}

/** Call inside seedDemo's transaction. */
export async function seedDemoRegistry(tx: Db, clock: { now(): Date }): Promise<number> {
  const generated = generateRegistryEntries(DEMO_REGISTRY_SIZE, DEMO_REGISTRY_SEED, clock.now());
  await insertGeneratedRegistry(tx, generated);
  return generated.entries.length;
}
