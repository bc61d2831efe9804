// Attaches an uploaded file to an application as one of its materials (tests of steps that read materials).
import type { Db } from '../client';
import { applicationMaterials } from '../schema/index';

export async function addMaterial(db: Db, values: { applicationId: string; fileId: string; kind: string }): Promise<void> {
  await db.insert(applicationMaterials).values({ ...values, addedAt: new Date('2026-04-01T02:00:00Z') });
}
