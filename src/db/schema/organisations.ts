import { sql } from 'drizzle-orm';
import { OPERATOR_KINDS } from '../../domain/shared/operator-kinds';
import { boolean, check, date, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

// 运营主体: the organisation that operates a platform/base (Art. 2, Art. 5).
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: varchar('credit_code', { length: 18 }).notNull().unique(),
    name: text('name').notNull(),
    operatorKind: text('operator_kind').notNull(),
    isBranch: boolean('is_branch').notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    // A county-level code (6 digits), or in 东莞/中山 a town/street code (9 digits).
    countyCode: varchar('county_code', { length: 9 }).notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    // Art. 5, Art. 12: listed as a serious-dishonesty entity (严重失信主体).
    isDishonest: boolean('is_dishonest').notNull().default(false),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    contactEmail: text('contact_email'),
    // 单位对外服务电话/网址: the organisation's public contact, shown in the registry (F6 item 1). The contact_* fields
    // above are a person's and are never published.
    publicPhone: text('public_phone'),
    website: text('website'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_city_idx').on(t.cityCode, t.countyCode, t.name),
    check('organisations_credit_code_len', sql`char_length(${t.creditCode}) = 18`),
    check('organisations_operator_kind', sql`${t.operatorKind} IN (${sql.raw(OPERATOR_KINDS.map((k) => `'${k}'`).join(', '))})`),
  ],
);
