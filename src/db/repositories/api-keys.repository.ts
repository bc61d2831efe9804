// Push API keys (api_keys) and what a key pushed (data_imports with its api_key_id). Only the SHA-256 of a key and
// its first characters are stored; api_keys is not append-only: a key is revoked once and its last use is kept.
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { apiKeys, dataImports, users } from '../schema/index';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type PushedImportRow = typeof dataImports.$inferSelect;

export const apiKeysRepository = {
  /**
   * Inserts, or returns null when the prefix or hash is already taken (a fresh random key is then drawn). The insert
   * runs in a savepoint so that a taken prefix does not abort the caller's transaction.
   */
  async insert(db: Db, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow | null> {
    try {
      const [row] = await db.transaction(async (savepoint) => savepoint.insert(apiKeys).values(values).returning());
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  },

  /** Oldest first, with the name of the person who created each key. */
  async listByApplication(db: Db, applicationId: string) {
    return db
      .select({ key: apiKeys, createdByName: users.displayName })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.createdBy))
      .where(eq(apiKeys.applicationId, applicationId))
      .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  },

  async countActive(db: Db, applicationId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(apiKeys).where(and(eq(apiKeys.applicationId, applicationId), isNull(apiKeys.revokedAt)));
    return row?.n ?? 0;
  },

  async findById(db: Db, id: string): Promise<ApiKeyRow | undefined> {
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return row;
  },

  /** The key whose public prefix this is, revoked or not; the caller compares the hash itself. */
  async findByPrefix(db: Db, keyPrefix: string): Promise<ApiKeyRow | undefined> {
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyPrefix, keyPrefix));
    return row;
  },

  /** Revokes a key that is still active; null when it was revoked already (revocation is final). */
  async revoke(db: Db, id: string, values: { revokedBy: string; revokedAt: Date }): Promise<ApiKeyRow | null> {
    const [row] = await db
      .update(apiKeys)
      .set(values)
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    return row ?? null;
  },

  async recordUse(db: Db, id: string, at: Date): Promise<void> {
    await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
  },

  /** An import pushed with this key; another key's import (even of the same platform) is not found. */
  async findPushedImport(db: Db, importId: string, apiKeyId: string): Promise<PushedImportRow | undefined> {
    const [row] = await db
      .select()
      .from(dataImports)
      .where(and(eq(dataImports.id, importId), eq(dataImports.apiKeyId, apiKeyId), eq(dataImports.source, 'api')));
    return row;
  },
};
