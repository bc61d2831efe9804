import type { CallDetail, CallSummary, PublicCallDetail, PublicCallSummary } from '../../contracts/calls';
import type { CallFieldChange } from '../../domain/calls/call-diff';
import { CITIES } from '../../domain/divisions/divisions';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { contentOf, type CallRow } from '../../db/repositories/calls.repository';
import { shanghaiDateOf } from '../clock';

export function toCallSummary(row: CallRow): CallSummary {
  return {
    id: row.id,
    year: row.year,
    status: row.status as CallSummary['status'],
    title: row.title,
    creationQuota: row.creationQuota,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export function toCallDetail(row: CallRow, diff: { previousYear: number; changes: CallFieldChange[] } | null): CallDetail {
  return {
    ...contentOf(row),
    id: row.id,
    status: row.status as CallDetail['status'],
    copiedFromId: row.copiedFromId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    diff,
  };
}

// The public sees what the notice says and when it was issued; no ids, authors or internal timestamps.
export function toPublicCallSummary(row: CallRow): PublicCallSummary {
  return {
    year: row.year,
    title: row.title,
    creationQuota: row.creationQuota,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    cityReviewDeadline: row.cityReviewDeadline,
    publishedOn: row.publishedAt ? shanghaiDateOf(row.publishedAt) : '',
  };
}

export function toPublicCallDetail(row: CallRow): PublicCallDetail {
  const criteria = findStandardSet(row.standardVersion)?.planCriteria ?? [];
  return {
    ...toPublicCallSummary(row),
    text: row.text,
    standardVersion: row.standardVersion,
    // Neutral order (Art. 8): division code.
    cityCaps: CITIES.filter((city) => row.cityCaps[city.code] !== undefined).map((city) => ({
      cityCode: city.code,
      cityName: city.name,
      cap: row.cityCaps[city.code] as number,
    })),
    criterionWeights: criteria.map((c) => ({ code: c.code, name: c.name, weight: row.criterionWeights[c.code] ?? 0 })),
    maxScore: row.maxScore,
  };
}
