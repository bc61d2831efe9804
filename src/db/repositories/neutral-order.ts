// Art. 8 "不得以任何形式排名": every list of applications or organisations people see is in one neutral order —
// city code, county code, then the name(s) by Unicode code point, then the id as the tie-breaker, never a score.
// COLLATE "C" compares UTF-8 bytes, which is code-point order, so PostgreSQL and PGlite agree whatever locale the
// server was built with. The same rule for lists sorted in memory is compareNeutral in
// src/domain/shared/neutral-order.ts; keep the two alike.
import { asc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { applications, organisations } from '../schema/index';

export interface NeutralKeys {
  cityCode: AnyColumn;
  countyCode: AnyColumn;
  /** Compared in this order (e.g. the platform's name, then its operator's). */
  names: readonly AnyColumn[];
  id: AnyColumn;
}

export function neutralOrder(keys: NeutralKeys): SQL[] {
  const byCodePoint = (column: AnyColumn): SQL => sql`${column} COLLATE "C"`;
  return [byCodePoint(keys.cityCode), byCodePoint(keys.countyCode), ...keys.names.map(byCodePoint), asc(keys.id)];
}

/** Applications joined with their organisation: the platform's name first, then the operator's. */
export const applicationNeutralOrder: SQL[] = neutralOrder({
  cityCode: applications.cityCode,
  countyCode: organisations.countyCode,
  names: [applications.name, organisations.name],
  id: applications.id,
});

export const organisationNeutralOrder: SQL[] = neutralOrder({
  cityCode: organisations.cityCode,
  countyCode: organisations.countyCode,
  names: [organisations.name],
  id: organisations.id,
});
