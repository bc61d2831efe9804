// Creation-period data written straight into the tables, row by row, for tests and journeys of the indicator
// dashboard and the data-quality hints: a fixture states exactly which rows exist (dates, voids, corrections), so
// its expected figures can be counted by hand. Imports through files and the push API have their own tests.
import { randomBytes } from 'node:crypto';
import type { Db } from '../client';
import {
  baseEnterprises,
  baseProfiles,
  dataImports,
  entryPoints,
  libraryCounts,
  resourceEntries,
  serviceEvents,
  serviceRecords,
  serviceRecordVoids,
} from '../schema/index';

const randomKey = (): bigint => randomBytes(8).readBigInt64BE();

export interface ImportOptions {
  dataset?: string;
  source?: 'file' | 'api' | 'form';
  fileName?: string | null;
  rejectedByColumn?: Record<string, number>;
  createdAt?: Date;
}

export async function insertImport(db: Db, applicationId: string, options: ImportOptions = {}): Promise<string> {
  const rejected = Object.values(options.rejectedByColumn ?? {}).reduce((sum, n) => sum + n, 0);
  const [row] = await db
    .insert(dataImports)
    .values({
      applicationId,
      dataset: options.dataset ?? 'serviceRecords',
      source: options.source ?? 'file',
      fileName: options.fileName === undefined ? '服务记录.xlsx' : options.fileName,
      totalRows: rejected,
      acceptedRows: 0,
      duplicateRows: 0,
      rejectedRows: rejected,
      rejectedByColumn: options.rejectedByColumn ?? {},
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning({ id: dataImports.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface RecordValues {
  creditCode: string;
  enterpriseName?: string;
  divisionCode: string;
  serviceItem: string;
  serviceDate: string;
  satisfaction?: number | null;
}

/** Returns the ids in the order given. */
export async function insertServiceRecords(db: Db, applicationId: string, importId: string, rows: readonly RecordValues[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(serviceRecords)
    .values(
      rows.map((r) => ({
        applicationId,
        importId,
        recordKey: randomKey(),
        creditCode: r.creditCode,
        enterpriseName: r.enterpriseName ?? `企业${r.creditCode.slice(-6)}`,
        divisionCode: r.divisionCode,
        serviceItem: r.serviceItem,
        serviceDate: r.serviceDate,
        channel: 'online',
        satisfaction: r.satisfaction ?? null,
      })),
    )
    .returning({ id: serviceRecords.id });
  return inserted.map((r) => r.id);
}

export async function voidServiceRecord(db: Db, applicationId: string, recordId: number, reason = '重复录入'): Promise<void> {
  await db.insert(serviceRecordVoids).values({ recordId, applicationId, reason });
}

export interface EventValues {
  eventDate: string;
  topic: string;
  participants: readonly string[];
}

export async function insertEvents(db: Db, applicationId: string, importId: string, rows: readonly EventValues[]): Promise<string[]> {
  const inserted = await db
    .insert(serviceEvents)
    .values(
      rows.map((e) => {
        const codes = [...new Set(e.participants)].sort();
        return { applicationId, importId, eventKey: randomKey(), eventDate: e.eventDate, topic: e.topic, participantCodes: codes, participantCount: codes.length };
      }),
    )
    .returning({ id: serviceEvents.id });
  return inserted.map((r) => r.id);
}

export interface ResourceValues {
  kind: 'organisation' | 'expert';
  identifier: string;
  startsOn: string;
  endsOn?: string | null;
  isActive?: boolean;
  createdAt?: Date;
}

export async function insertResources(db: Db, applicationId: string, importId: string, rows: readonly ResourceValues[]): Promise<void> {
  for (const r of rows) {
    await db.insert(resourceEntries).values({
      applicationId,
      importId,
      kind: r.kind,
      identifier: r.identifier,
      name: r.identifier,
      field: '综合服务',
      agreementStartsOn: r.startsOn,
      agreementEndsOn: r.endsOn ?? null,
      isActive: r.isActive ?? true,
      ...(r.createdAt ? { createdAt: r.createdAt } : {}),
    });
  }
}

export interface EntryValues {
  kind: 'pc' | 'mobile';
  address: string;
  mobileType?: string | null;
  registrationMinutes: number | null;
  asOf: string;
  isActive?: boolean;
}

export async function insertEntries(db: Db, applicationId: string, importId: string, rows: readonly EntryValues[]): Promise<void> {
  for (const e of rows) {
    await db.insert(entryPoints).values({
      applicationId,
      importId,
      kind: e.kind,
      mobileType: e.mobileType ?? (e.kind === 'mobile' ? 'miniProgram' : null),
      address: e.address,
      registrationMinutes: e.registrationMinutes,
      asOf: e.asOf,
      isActive: e.isActive ?? true,
    });
  }
}

export async function insertLibraryCounts(
  db: Db,
  applicationId: string,
  importId: string,
  rows: readonly { library: 'sme' | 'policy' | 'organisation' | 'product'; asOf: string; count: number; hasPolicyPush?: boolean }[],
): Promise<void> {
  for (const l of rows) {
    await db.insert(libraryCounts).values({ applicationId, importId, library: l.library, asOf: l.asOf, count: l.count, hasPolicyPush: l.hasPolicyPush ?? null });
  }
}

export interface BaseEnterpriseValues {
  year: number;
  creditCode: string;
  industryCode: string;
  revenue: number;
  rdSpending: number;
  qualityCategory?: string | null;
  createdAt?: Date;
}

export async function insertBaseEnterprises(db: Db, applicationId: string, importId: string, rows: readonly BaseEnterpriseValues[]): Promise<void> {
  for (const e of rows) {
    await db.insert(baseEnterprises).values({
      applicationId,
      importId,
      year: e.year,
      creditCode: e.creditCode,
      name: `入驻企业${e.creditCode.slice(-6)}`,
      industryCode: e.industryCode,
      revenue: e.revenue,
      rdSpending: e.rdSpending,
      inventionPatents: 0,
      qualityCategory: e.qualityCategory ?? null,
      ...(e.createdAt ? { createdAt: e.createdAt } : {}),
    });
  }
}

export interface BaseProfileValues {
  year: number;
  leadingIndustryCodes: string[];
  hasIncubator: boolean;
  hasTechPlatform: boolean;
  hasIndustryFund: boolean;
}

export async function insertBaseProfile(db: Db, applicationId: string, importId: string, p: BaseProfileValues): Promise<void> {
  await db.insert(baseProfiles).values({ applicationId, importId, leadingIndustry: '主导产业', landArea: 1000, employees: 5000, ...p });
}
