// The import engine (F4 item 2): one way in for every dataset and every source — an Excel/CSV upload, the JSON push
// API and form corrections. Rows are read with the dataset's row schema; valid rows are written in batches by the
// dataset's writer inside ONE transaction (nothing partial is left behind), serialised per creation object; rejected
// rows go to a downloadable Excel error report; the data_imports row records the counts (Art. 12: the rejected
// columns are a data-quality signal).
import { createReadStream } from 'node:fs';
import type { ImportProblem, ImportResult, ImportSource } from '../../contracts/data-imports';
import { dataImportsRepository } from '../../db/repositories/data-imports.repository';
import type { ByteRecords } from '../../domain/creation-data/byte-records';
import { DATASETS, type DatasetKey } from '../../domain/creation-data/datasets';
import { matchHeaders } from '../../domain/creation-data/row-schema';
import { AppError } from '../../domain/shared/app-error';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from '../use-cases/context';
import { markStandingStale, scheduleStandingRefresh } from '../use-cases/refresh-indicator-standing';
import { notFound } from '../use-cases/require-actor';
import { storeFileIn } from '../use-cases/store-file';
import { requireCollectingData, requireDatasetOfCarrier, rowContextOf } from './collection-context';
import { getDatasetHandler } from './dataset-handlers';
import { openWriterSession } from './dataset-writer';
import { openErrorReport } from './error-report';
import { ImportTally } from './import-tally';
import { pipeRows } from './row-pipeline';

export type { ImportProblem, ImportResult, ImportSource };

/** One data row: its cells in the order of the header row, and the row number the user sees (file: header = 1). */
export interface SourceRow {
  rowNumber: number;
  cells: readonly string[];
}

/**
 * What an import reads: a header row (matched to the schema's column headers, order free) and the data rows, one
 * by one or — the file readers, so a million rows cost a few hundred awaits, not a million — in arrays, or (a UTF-8
 * CSV file) as runs of records still in bytes.
 */
export interface RowSource {
  header: readonly string[];
  rows: AsyncIterable<SourceRow | readonly SourceRow[] | ByteRecords> | Iterable<SourceRow>;
}

export interface IngestRequest {
  /** The creation object (application id). */
  applicationId: string;
  dataset: DatasetKey;
  source: ImportSource;
  input: RowSource;
  /** file: the uploaded file's name and SHA-256, recorded on the import. */
  file?: { name: string; sha256: string } | undefined;
  /** api: the key that pushed the rows. */
  apiKeyId?: string | undefined;
  /** Called for every rejected cell, in file order (the push API answers all of them, not only the preview). */
  onProblem?: ((problem: ImportProblem) => void) | undefined;
}

/** The error report is a generated file of ours; its size is bounded by MAX_REPORTED_PROBLEMS lines. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/**
 * Imports rows into a creation object's dataset. The CALLER authorises first: `requirePermission(ctx,
 * 'creationData.write', …)` for an upload or a form, the API key for a push (ctx.actor may then be null).
 *
 * Throws NOT_FOUND (unknown creation object or unregistered dataset), DATA_COLLECTION_CLOSED (409, the object is not
 * collecting data), NOT_FOUND (dataset of the other carrier), IMPORT_UNREADABLE (422: missing required
 * columns, listed in the message and in `issues`; no data rows) — in each case nothing is written.
 */
export async function ingest(deps: Deps, ctx: RequestContext, request: IngestRequest): Promise<ImportResult> {
  const handler = getDatasetHandler(request.dataset);
  const { schema } = handler;
  const label = DATASETS[request.dataset].label;
  const report = await openErrorReport(deps.dataDir, `${label}导入错误报告${request.file ? `（${request.file.name}）` : ''}：以下行未导入，其余行已导入`);
  try {
    const result = await deps.db.transaction(async (tx) => {
      await dataImportsRepository.lockCreationObject(tx, request.applicationId);
      const application = await dataImportsRepository.findApplicationForShare(tx, request.applicationId);
      if (!application) throw notFound();
      requireCollectingData(application);
      requireDatasetOfCarrier(application, request.dataset);
      const context = rowContextOf(application, deps.clock.today());
      const match = matchHeaders(request.input.header, schema.columns);
      if (!match.ok) {
        throw new AppError('IMPORT_UNREADABLE', `文件缺少必填列：${match.missing.join('、')}。请使用“${label}”模板，第一行为列名`, {
          issues: match.missing.map((header) => ({ path: header, message: `缺少“${header}”列` })),
        });
      }
      const started = await dataImportsRepository.start(tx, {
        applicationId: application.id,
        dataset: request.dataset,
        source: request.source,
        fileName: request.file?.name.slice(0, 255) ?? null,
        fileSha256: request.file?.sha256 ?? null,
        apiKeyId: request.apiKeyId ?? null,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: deps.clock.now(),
      });
      const session = await openWriterSession(handler.writer, tx, { importId: started.id, applicationId: application.id, context });
      const tally = new ImportTally();
      let inserted: number;
      try {
        await pipeRows(request.input.rows, {
          schema,
          context,
          indexes: match.indexes,
          // Only a file comes from the template, whose example row a user may leave in; a form or a push means it.
          isExampleSkipped: request.source === 'file',
          tally,
          write: (rows) => session.write(rows),
          bytes: session.bytes,
          onProblem(problem) {
            request.onProblem?.(problem);
            report.add(problem);
          },
        });
        if (tally.totalRows === 0) throw new AppError('IMPORT_UNREADABLE', '文件中没有数据行：第一行为列名，从第二行起每行一条记录');
        inserted = (await session.finish()).inserted;
      } catch (error) {
        await session.abort?.();
        throw error;
      }
      const reportPath = await report.finish();
      const reportFile = reportPath
        ? await storeFileIn(tx, deps, ctx, { content: createReadStream(reportPath), originalName: `${label}导入错误报告.xlsx`, mediaType: XLSX_TYPE, maxBytes: MAX_REPORT_BYTES })
        : null;
      const counts = tally.counts(inserted, reportFile?.id ?? null);
      await dataImportsRepository.finish(tx, started.id, counts);
      // ADR 0021: the object's indicator standing is out of date — one UPDATE per import, never per row.
      await markStandingStale(tx, deps, application.id);
      await appendAudit(tx, deps, ctx, {
        action: 'creationData.imported',
        objectType: 'application',
        objectId: application.id,
        after: { importId: started.id, dataset: request.dataset, source: request.source, fileName: request.file?.name ?? null, apiKeyId: request.apiKeyId ?? null, ...counts },
      });
      return {
        importId: started.id,
        totalRows: counts.totalRows,
        acceptedRows: counts.acceptedRows,
        duplicateRows: counts.duplicateRows,
        rejectedRows: counts.rejectedRows,
        hasErrorReport: reportFile !== null,
        problemsPreview: tally.preview,
      };
    });
    // After the commit; a failure leaves the standing stale for the deadline job and never fails the import.
    scheduleStandingRefresh(deps, request.applicationId);
    return result;
  } finally {
    await report.discard();
  }
}
