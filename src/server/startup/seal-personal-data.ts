// F7 item 6: rows written before phones were sealed (or loaded by hand) still hold the number in plain text. Every
// start seals them, so plaintext never outlives the next restart (个人信息保护法 第51条; 等保2.0 三级 8.1.4.8
// 数据保密性). Idempotent: a sealed value ('v1:…', field-cipher.ts) is left alone; the count of values sealed is
// audited, never the values.
import type { Db } from '../../db/client';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import type { Clock } from '../clock';
import { isSealed } from '../security/field-cipher';
import { sealPhone } from '../security/personal-phone';
import { appendAudit } from '../use-cases/context';

const SYSTEM_CONTEXT = { requestId: 'startup-seal-personal-data', ip: '127.0.0.1', userAgent: null, actor: null, sessionTokenHash: null };

interface PhoneColumn {
  list(db: Db): Promise<{ id: string; stored: string }[]>;
  replace(db: Db, id: string, from: string, to: string): Promise<boolean>;
}

const COLUMNS = {
  organisationContactPhones: {
    list: (db) => organisationsRepository.listContactPhones(db),
    replace: (db, id, from, to) => organisationsRepository.replaceContactPhone(db, id, from, to),
  },
  objectorPhones: {
    list: (db) => noticesRepository.listObjectorPhones(db),
    replace: (db, id, from, to) => noticesRepository.replaceObjectorPhone(db, id, from, to),
  },
} satisfies Record<string, PhoneColumn>;

export type SealedCounts = Record<keyof typeof COLUMNS, number>;

async function sealColumn(tx: Db, dataKey: Buffer, column: PhoneColumn): Promise<number> {
  let sealed = 0;
  for (const { id, stored } of await column.list(tx)) {
    if (isSealed(stored)) continue;
    if (await column.replace(tx, id, stored, sealPhone(dataKey, stored))) sealed += 1;
  }
  return sealed;
}

/** Seals every plaintext personal phone; returns how many of each were sealed (all zero on a sealed database). */
export async function sealPersonalData(db: Db, clock: Clock, dataKey: Buffer): Promise<SealedCounts> {
  return db.transaction(async (tx) => {
    const counts: SealedCounts = {
      organisationContactPhones: await sealColumn(tx, dataKey, COLUMNS.organisationContactPhones),
      objectorPhones: await sealColumn(tx, dataKey, COLUMNS.objectorPhones),
    };
    if (counts.organisationContactPhones + counts.objectorPhones > 0) {
      await appendAudit(tx, { clock }, SYSTEM_CONTEXT, { action: 'system.personal_data_sealed', objectType: 'system', objectId: null, after: counts, actor: null });
    }
    return counts;
  });
}
