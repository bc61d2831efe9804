// A fresh database built from the real committed migrations, for one test file. PGlite in memory by default;
// with TEST_DATABASE_URL a new PostgreSQL database is created on that server and dropped afterwards.
import { openDatabase, type Database } from '../client';
import { createScratchDatabase } from './scratch-postgres';

export async function createTestDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const scratch = await createScratchDatabase(adminUrl, 'shifan_test');
  const database = await openDatabase({ databaseUrl: scratch.url });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
