// Art. 8: one neutral order. The database (PGlite here, PostgreSQL with TEST_DATABASE_URL) and the in-memory
// comparator must put a mixed list — Chinese, ASCII of both cases, digits, a character beyond U+FFFF — in the
// same order, whatever the database's default collation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inNeutralOrder } from '../../domain/publicity/notice-entries';
import type { Database } from '../client';
import { buildApplicationContent, createApplication, createPublishedCall } from '../testing/application-builders';
import { createOrganisation, createUser } from '../testing/builders';
import { createTestDatabase } from '../testing/create-test-database';
import { applicationsRepository } from './applications.repository';
import { reviewDecisionsRepository } from './review-decisions.repository';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const NAMES = ['广州天河平台', '佛山禅城平台', 'alpha平台', 'Beta平台', '3D打印平台', '10号平台', '中山平台', 'Ｚ平台', '𠀀平台', '乙平台', '甲平台'];

describe('the neutral order is the same in SQL and in JS (Art. 8)', () => {
  it('lists a mixed set of names alike', async () => {
    const { user } = await createUser(database.db, { role: 'province', passwordHash: 'x' });
    const call = await createPublishedCall(database.db, user.id, { year: 2090 });
    const places = [
      { cityCode: '440100', countyCode: '440106' },
      { cityCode: '440100', countyCode: '440103' },
      { cityCode: '440600', countyCode: '440604' },
    ];
    let n = 0;
    for (const name of NAMES) {
      for (const place of places) {
        n += 1;
        const organisation = await createOrganisation(database.db, place);
        await createApplication(database.db, { callId: call.id, organisationId: organisation.id, cityCode: place.cityCode, state: 'submitted', applicationNumber: `GD2090-${place.cityCode}-${String(n).padStart(4, '0')}`, content: buildApplicationContent({ name }) });
      }
    }
    const listed = await applicationsRepository.list(database.db, { kind: 'all' }, { callId: call.id });
    const fromSql = listed.map((row) => row.application.applicationNumber);
    const fromJs = inNeutralOrder(listed.map((row) => ({ cityCode: row.application.cityCode, countyCode: row.countyCode, name: row.application.name, applicationNumber: row.application.applicationNumber ?? '' })).reverse()).map((entry) => entry.applicationNumber);
    expect(fromSql).toEqual(fromJs);
    expect((await reviewDecisionsRepository.listForCall(database.db, { callId: call.id })).map((row) => row.application.applicationNumber)).toEqual(fromJs);
    // Code-point order: digits, upper case, lower case, CJK, full-width, then beyond U+FFFF.
    expect(listed.filter((row) => row.countyCode === '440103').map((row) => row.application.name)).toEqual(['10号平台', '3D打印平台', 'Beta平台', 'alpha平台', '中山平台', '乙平台', '佛山禅城平台', '广州天河平台', '甲平台', 'Ｚ平台', '𠀀平台']);
  });
});
