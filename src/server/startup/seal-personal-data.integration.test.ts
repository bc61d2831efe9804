// F7 item 6: the start-up step seals phones still in plain text, once; demo seeding writes them sealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { auditRecordsWithAction } from '../../db/testing/security-fixtures';
import { DEMO_ORGANISATIONS } from '../../db/seed/demo-data';
import { createOrganisation } from '../../db/testing/builders';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { fixedClock } from '../clock';
import { isSealed, openField } from '../security/field-cipher';
import { DEMO_DATA_KEY } from '../security/security-settings';
import { at, noticeKit, objectionFields } from '../testing/notice-fixtures';
import { createTestApp, TEST_SECURITY, type TestApp } from '../testing/test-app';
import { sealPersonalData } from './seal-personal-data';
import { seedDemo } from './seed';

const key = TEST_SECURITY.dataKey;

describe('sealPersonalData', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(at('2026-09-28'));
  });
  afterAll(async () => t.close());

  it('seals a plaintext contact phone and objector phone, keeps the number, and does nothing the second time', async () => {
    const kit = noticeKit(t, await t.signIn('province'));
    const { call, applications } = await kit.shortlistedCall(2043, ['440100']);
    const noticeId = (await kit.post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
    const { receiptNumber } = (await kit.sendObjection(noticeId, objectionFields(applications[0]!.id, { objectorPhone: '13612345678' }))).json();
    const objection = (await noticesRepository.findObjectionByReceipt(t.database.db, receiptNumber))!.objection;
    // A row from before sealing: written straight into the table in plain text.
    expect(await noticesRepository.replaceObjectorPhone(t.database.db, objection.id, objection.objectorPhone, '13612345678')).toBe(true);
    const legacy = await createOrganisation(t.database.db, { contactPhone: '020-87654321' });

    const first = await sealPersonalData(t.database.db, t.clock, key);
    expect(first.objectorPhones).toBe(1);
    expect(first.organisationContactPhones).toBeGreaterThanOrEqual(1);
    const organisation = await organisationsRepository.findById(t.database.db, legacy.id);
    expect(isSealed(organisation!.contactPhone)).toBe(true);
    expect(openField(key, organisation!.contactPhone)).toBe('020-87654321');
    const sealedObjection = await noticesRepository.findObjection(t.database.db, objection.id);
    expect(openField(key, sealedObjection!.objectorPhone)).toBe('13612345678');
    expect((await organisationsRepository.listContactPhones(t.database.db)).every((p) => isSealed(p.stored))).toBe(true);
    expect((await noticesRepository.listObjectorPhones(t.database.db)).every((p) => isSealed(p.stored))).toBe(true);

    expect(await sealPersonalData(t.database.db, t.clock, key)).toEqual({ organisationContactPhones: 0, objectorPhones: 0 });
    expect((await organisationsRepository.findById(t.database.db, legacy.id))!.contactPhone).toBe(organisation!.contactPhone);
    // The objector still checks the status with the phone given.
    expect((await kit.checkObjectionStatus(receiptNumber, { phone: '13612345678' })).statusCode).toBe(200);
  });

  it('records the counts in the audit log when it sealed something, never a phone', async () => {
    const sealedRecords = () => auditRecordsWithAction(t.database.db, 'system.personal_data_sealed');
    const before = (await sealedRecords()).length;
    await createOrganisation(t.database.db, { contactPhone: '13511112222' });
    expect(await sealPersonalData(t.database.db, t.clock, key)).toEqual({ organisationContactPhones: 1, objectorPhones: 0 });
    expect(await sealPersonalData(t.database.db, t.clock, key)).toEqual({ organisationContactPhones: 0, objectorPhones: 0 });
    const records = await sealedRecords();
    expect(records).toHaveLength(before + 1);
    expect(records.at(-1)?.after).toEqual({ organisationContactPhones: 1, objectorPhones: 0 });
    expect(JSON.stringify(records)).not.toContain('13511112222');
  });
});

describe('demo seeding', () => {
  it('writes every demo contact phone sealed with the data key', async () => {
    const database = await createTestDatabase();
    try {
      await seedDemo(database.db, fixedClock(at('2026-11-28')), DEMO_DATA_KEY);
      const stored = await organisationsRepository.listContactPhones(database.db);
      expect(stored).toHaveLength(DEMO_ORGANISATIONS.length);
      expect(stored.map((p) => openField(DEMO_DATA_KEY, p.stored)).sort()).toEqual(DEMO_ORGANISATIONS.map((o) => o.contactPhone).sort());
      expect(await sealPersonalData(database.db, fixedClock(at('2026-11-28')), DEMO_DATA_KEY)).toEqual({ organisationContactPhones: 0, objectorPhones: 0 });
    } finally {
      await database.close();
    }
  });
});
