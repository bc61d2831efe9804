// What a creation object holds, counted straight from the tables, so push and import tests can assert where records
// landed without going through the code under test.
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { dataImports, serviceRecords } from '../schema/index';

export async function countServiceRecords(db: Db, applicationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(serviceRecords).where(eq(serviceRecords.applicationId, applicationId));
  return row?.n ?? 0;
}

export async function listImportsOf(db: Db, applicationId: string) {
  return db.select().from(dataImports).where(eq(dataImports.applicationId, applicationId)).orderBy(dataImports.createdAt);
}
