// The uploaded materials of an application (Art. 7(1)). A removed material keeps its row with removed_at set:
// nothing is ever deleted.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { applicationMaterials, applicationVersions, files } from '../schema/index';

export type ApplicationMaterialRow = typeof applicationMaterials.$inferSelect;

export const applicationMaterialsRepository = {
  async insert(db: Db, values: typeof applicationMaterials.$inferInsert): Promise<ApplicationMaterialRow> {
    const [row] = await db.insert(applicationMaterials).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async findActive(db: Db, applicationId: string, materialId: string): Promise<ApplicationMaterialRow | undefined> {
    const [row] = await db
      .select()
      .from(applicationMaterials)
      .where(and(eq(applicationMaterials.id, materialId), eq(applicationMaterials.applicationId, applicationId), isNull(applicationMaterials.removedAt)));
    return row;
  },

  async markRemoved(db: Db, materialId: string, at: Date): Promise<void> {
    await db.update(applicationMaterials).set({ removedAt: at }).where(eq(applicationMaterials.id, materialId));
  },

  /** The materials in force with their file metadata, in upload order. */
  async listActive(db: Db, applicationId: string) {
    return db
      .select({ material: applicationMaterials, file: files })
      .from(applicationMaterials)
      .innerJoin(files, eq(files.id, applicationMaterials.fileId))
      .where(and(eq(applicationMaterials.applicationId, applicationId), isNull(applicationMaterials.removedAt)))
      .orderBy(asc(applicationMaterials.addedAt), asc(applicationMaterials.id));
  },

  /** Whether a file belongs to the application, as a material (even removed) or as a version's form. */
  async belongsToApplication(db: Db, applicationId: string, fileId: string): Promise<boolean> {
    const [material] = await db
      .select({ id: applicationMaterials.id })
      .from(applicationMaterials)
      .where(and(eq(applicationMaterials.applicationId, applicationId), eq(applicationMaterials.fileId, fileId)))
      .limit(1);
    if (material) return true;
    const [version] = await db
      .select({ id: applicationVersions.id })
      .from(applicationVersions)
      .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.documentFileId, fileId)))
      .limit(1);
    return version !== undefined;
  },
};
