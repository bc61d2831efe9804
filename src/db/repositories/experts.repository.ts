// 专家库 (Art. 7(2)): experts, their login accounts' names and the relationships they must be kept away from.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { expertAvoidances, experts, organisations, users } from '../schema/index';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertAvoidanceRow = typeof expertAvoidances.$inferSelect;
export interface ExpertWithUsername extends ExpertRow {
  username: string;
}

export const expertsRepository = {
  async insert(db: Db, values: typeof experts.$inferInsert): Promise<ExpertRow> {
    const [row] = await db.insert(experts).values(values).returning();
    if (!row) throw new Error('expert insert returned nothing');
    return row;
  },

  /** Neutral order: city code, then name, then id. */
  async list(db: Db): Promise<ExpertWithUsername[]> {
    const rows = await db
      .select({ expert: experts, username: users.username })
      .from(experts)
      .innerJoin(users, eq(users.id, experts.userId))
      .orderBy(asc(experts.cityCode), sql`${experts.name} COLLATE "C"`, asc(experts.id));
    return rows.map((row) => ({ ...row.expert, username: row.username }));
  },

  async findById(db: Db, id: string): Promise<ExpertWithUsername | undefined> {
    const [row] = await db.select({ expert: experts, username: users.username }).from(experts).innerJoin(users, eq(users.id, experts.userId)).where(eq(experts.id, id));
    return row ? { ...row.expert, username: row.username } : undefined;
  },

  async findByUserId(db: Db, userId: string): Promise<ExpertRow | undefined> {
    const [row] = await db.select().from(experts).where(eq(experts.userId, userId));
    return row;
  },

  async findByIds(db: Db, ids: readonly string[]): Promise<ExpertRow[]> {
    if (ids.length === 0) return [];
    return db.select().from(experts).where(inArray(experts.id, [...ids]));
  },

  async setActive(db: Db, id: string, isActive: boolean): Promise<void> {
    await db.update(experts).set({ isActive }).where(eq(experts.id, id));
  },

  /** Inserts, or returns null when the expert already declared this organisation. */
  async insertAvoidance(db: Db, values: typeof expertAvoidances.$inferInsert): Promise<ExpertAvoidanceRow | null> {
    try {
      const [row] = await db.insert(expertAvoidances).values(values).returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'expert_avoidances_unique')) return null;
      throw error;
    }
  },

  async listAvoidances(db: Db) {
    return db
      .select({ avoidance: expertAvoidances, organisationName: organisations.name })
      .from(expertAvoidances)
      .innerJoin(organisations, eq(organisations.id, expertAvoidances.organisationId))
      .orderBy(asc(expertAvoidances.declaredAt), asc(expertAvoidances.id));
  },
};
