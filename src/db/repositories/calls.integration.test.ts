import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContent } from '../../domain/calls/annual-call';
import type { Database } from '../client';
import { createUser } from '../testing/builders';
import { createTestDatabase } from '../testing/create-test-database';
import { callsRepository } from './calls.repository';

let database: Database;
let userId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  userId = (await createUser(database.db, { role: 'province', passwordHash: 'x' })).user.id;
});
afterAll(async () => database.close());

const content = (year: number): CallContent => ({
  year,
  title: `${year}年度创建工作通知`,
  text: '通知正文',
  creationQuota: 10,
  cityCaps: { '440100': 3 },
  opensOn: `${year}-03-01`,
  closesOn: `${year}-04-30`,
  cityReviewDeadline: `${year}-05-31`,
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 100 },
  maxScore: 10,
});
const insert = (year: number) => callsRepository.insertDraft(database.db, { ...content(year), copiedFromId: null, createdBy: userId, now: new Date() });

describe('annual_calls: drafts change, published calls do not, nothing is deleted (migration 0007)', () => {
  it('edits a draft in place and publishes it once per year', async () => {
    const draft = await insert(2040);
    const edited = await callsRepository.updateDraft(database.db, draft.id, { ...content(2040), creationQuota: 12 }, new Date());
    expect(edited.creationQuota).toBe(12);
    expect((await callsRepository.publish(database.db, draft.id, userId, new Date()))?.status).toBe('published');
    const rival = await insert(2040);
    expect(await callsRepository.publish(database.db, rival.id, userId, new Date())).toBeNull();
  });

  it.each([
    ['UPDATE of a published call', sql`UPDATE annual_calls SET creation_quota = 1 WHERE status = 'published'`],
    ['UPDATE turning a published call back into a draft', sql`UPDATE annual_calls SET status = 'draft', published_at = NULL WHERE status = 'published'`],
    ['DELETE of a draft', sql`DELETE FROM annual_calls WHERE status = 'draft'`],
    ['DELETE of a published call', sql`DELETE FROM annual_calls WHERE status = 'published'`],
    ['TRUNCATE', sql`TRUNCATE annual_calls`],
  ])('refuses %s', async (_name, statement) => {
    await insert(2041);
    await expect(database.db.execute(statement)).rejects.toThrow();
    expect((await callsRepository.findPublished(database.db, 2040))?.creationQuota).toBe(12);
  });

  it('refuses dates out of order even without the application', async () => {
    await expect(callsRepository.insertDraft(database.db, { ...content(2042), closesOn: '2042-06-01', copiedFromId: null, createdBy: userId, now: new Date() })).rejects.toThrow();
  });
});
