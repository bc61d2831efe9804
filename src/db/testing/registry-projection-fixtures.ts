// Registry test data (ADR 0017): what a rebuild must reproduce (every programme entry and its history, without the ids and
// moments they were written), a registry emptied of programme rows as before migration 0016, a legacy entry, and an
// organisation's public contact changed the way WP3's use case will.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, registryEntries, registryHistory } from '../schema/index';

export async function readProgrammeRegistry(db: Db) {
  const entries = await db.select().from(registryEntries).where(eq(registryEntries.source, 'programme')).orderBy(asc(registryEntries.id));
  const ids = entries.map((e) => e.id);
  const history = ids.length === 0 ? [] : await db.select().from(registryHistory).where(inArray(registryHistory.entryId, ids)).orderBy(asc(registryHistory.applicationEventId));
  return {
    entries: entries.map(({ updatedAt: _updatedAt, ...entry }) => entry),
    history: history.map(({ id: _id, ...line }) => line),
  };
}

/**
 * The registry as a database upgraded to migration 0016 has it: no programme rows, version 0. Entries and history
 * refuse deletion (migration 0016): a test's own database lifts that for the moment of the delete.
 */
export async function clearProgrammeRegistry(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = (await tx.select({ id: registryEntries.id }).from(registryEntries).where(eq(registryEntries.source, 'programme'))).map((r) => r.id);
    await tx.execute(sql`ALTER TABLE registry_history DISABLE TRIGGER registry_history_append_only`);
    await tx.execute(sql`ALTER TABLE registry_entries DISABLE TRIGGER registry_entries_no_delete`);
    if (ids.length > 0) {
      await tx.delete(registryHistory).where(inArray(registryHistory.entryId, ids));
      await tx.delete(registryEntries).where(inArray(registryEntries.id, ids));
    }
    await tx.execute(sql`ALTER TABLE registry_history ENABLE TRIGGER registry_history_append_only`);
    await tx.execute(sql`ALTER TABLE registry_entries ENABLE TRIGGER registry_entries_no_delete`);
  });
}

export async function insertLegacyEntry(db: Db, name: string): Promise<string> {
  const [row] = await db
    .insert(registryEntries)
    .values({ source: 'legacy', name, operatorName: `${name}运营有限公司`, carrier: 'platform', cityCode: '440100', countyCode: '440106', isProvincial: true, status: 'certified', searchText: name, updatedAt: new Date('2025-01-01T00:00:00Z') })
    .returning({ id: registryEntries.id });
  if (!row) throw new Error('legacy entry not inserted');
  return row.id;
}

export async function setPublicContact(db: Db, organisationId: string, contact: { publicPhone: string | null; website: string | null }): Promise<void> {
  await db.update(organisations).set(contact).where(eq(organisations.id, organisationId));
}
