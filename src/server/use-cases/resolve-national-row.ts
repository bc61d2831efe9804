// A row of MIIT's list left to the province (not certified, ambiguous, unmatched; Art. 9, ADR 0017) is resolved by
// hand: the officer picks the entry it is (marked national), lists it as a national-only entry, or dismisses it with a
// reason (a duplicate line, a platform outside Guangdong). The row is locked, so two officers cannot both resolve it.
import type { NationalUploadDetail, ResolveNationalRowRequest } from '../../contracts/national-tier';
import type { Db } from '../../db/client';
import { DISMISS_ACTION, nationalTierRepository, type NationalRowRow } from '../../db/repositories/national-tier.repository';
import { NATIONAL_ROW_OUTCOME_LABELS, nationalRowCreditCode, type NationalRowOutcome } from '../../domain/registry/national-tier';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { getNationalUpload } from './get-national-upload';
import { createNationalOnlyEntry, markEntryNational } from './mark-national-entry';
import { batchYearOf } from '../../domain/registry/national-tier';
import { isOpenOutcome } from './national-tier-view';
import { notFound, requirePermission } from './require-actor';

async function pickEntry(tx: Db, deps: Deps, ctx: RequestContext, row: NationalRowRow, entryId: string): Promise<string> {
  const [entry] = await nationalTierRepository.findEntriesByIds(tx, [entryId]);
  if (!entry) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'entryId', message: '信息数据库中没有该条目，请重新搜索选择' }] });
  await markEntryNational(tx, deps, ctx, entry, { uploadId: row.uploadId, rowNumber: row.rowNumber });
  return entry.id;
}

async function resolve(tx: Db, deps: Deps, ctx: RequestContext, row: NationalRowRow, input: ResolveNationalRowRequest): Promise<{ outcome: NationalRowOutcome; entryId: string | null }> {
  const via = { uploadId: row.uploadId, rowNumber: row.rowNumber };
  switch (input.action) {
    case 'match':
      return { outcome: 'manually_matched', entryId: await pickEntry(tx, deps, ctx, row, input.entryId) };
    case 'create': {
      const entry = await createNationalOnlyEntry(
        tx,
        deps,
        ctx,
        {
          name: row.name,
          operatorName: row.operatorName,
          operatorCreditCode: nationalRowCreditCode(row.creditCode),
          carrier: input.carrier,
          cityCode: input.cityCode,
          // Without a county the entry is filed under its city (the list names a city at most).
          countyCode: input.countyCode ?? input.cityCode,
          batchYear: batchYearOf(row.batchText),
        },
        via,
      );
      return { outcome: 'created', entryId: entry.id };
    }
    case 'dismiss':
      return { outcome: 'dismissed', entryId: null };
  }
}

export async function resolveNationalRow(deps: Deps, ctx: RequestContext, rowId: string, input: ResolveNationalRowRequest): Promise<NationalUploadDetail> {
  const actor = requirePermission(ctx, 'nationalTier.manage');
  const uploadId = await deps.db.transaction(async (tx) => {
    const row = await nationalTierRepository.findRowForUpdate(tx, rowId);
    if (!row) throw notFound();
    if (!isOpenOutcome(row.outcome)) {
      const label = NATIONAL_ROW_OUTCOME_LABELS[row.outcome as NationalRowOutcome] ?? row.outcome;
      throw new AppError('STATE_CHANGED', `该行已处理（${label}），请刷新后查看`, { details: { outcome: row.outcome } });
    }
    const result = await resolve(tx, deps, ctx, row, input);
    await nationalTierRepository.resolveRow(tx, row.id, { ...result, resolvedBy: actor.userId, resolvedAt: deps.clock.now() });
    await appendAudit(tx, deps, ctx, {
      action: result.outcome === 'dismissed' ? DISMISS_ACTION : `national_tier.row_${result.outcome}`,
      objectType: 'national_tier_row',
      objectId: row.id,
      before: { outcome: row.outcome, entryId: row.entryId },
      after: { uploadId: row.uploadId, rowNumber: row.rowNumber, outcome: result.outcome, entryId: result.entryId, ...(input.action === 'dismiss' ? { reason: input.reason } : {}) },
    });
    return row.uploadId;
  });
  return getNationalUpload(deps, ctx, uploadId);
}
