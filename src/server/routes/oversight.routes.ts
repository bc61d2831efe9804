// F8: the oversight dashboards (统计看板) of the province and the cities, their lists and Excel exports. Thin: parse
// the query (closed enums, strict keys → 400 naming the field), one use case, the answer. Scope (a city officer sees
// only its own city; naming another is 403) is the use cases' (oversight-scope.ts).
import type { FastifyInstance } from 'fastify';
import { zOverdueQuery, zOversightFilters, zOversightObjectsQuery, zProgrammeReportQuery } from '../../contracts/oversight';
import { XLSX_TYPE, type XlsxDownload } from '../documents/xlsx-workbook';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { exportOverdueItems } from '../use-cases/oversight/export-overdue-items';
import { exportOversightDashboard } from '../use-cases/oversight/export-oversight-dashboard';
import { exportOversightObjects } from '../use-cases/oversight/export-oversight-objects';
import { exportProgrammeReport } from '../use-cases/oversight/export-programme-report';
import { getOversightDashboard } from '../use-cases/oversight/get-oversight-dashboard';
import { listOversightObjects } from '../use-cases/oversight/list-oversight-objects';
import { listOverdueItems } from '../use-cases/oversight/list-overdue-items';

export async function oversightRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const download = (file: XlsxDownload) => ({ bytes: file.buffer, mediaType: XLSX_TYPE, fileName: file.fileName, asciiFileName: file.asciiFileName });

  app.get('/api/oversight/dashboard', async (request) => getOversightDashboard(deps, contextOf(request), parseInput(zOversightFilters, request.query)));

  app.get('/api/oversight/dashboard.xlsx', async (request, reply) =>
    sendDownload(reply, download(await exportOversightDashboard(deps, contextOf(request), parseInput(zOversightFilters, request.query)))),
  );

  app.get('/api/oversight/objects', async (request) => listOversightObjects(deps, contextOf(request), parseInput(zOversightObjectsQuery, request.query)));

  app.get('/api/oversight/objects.xlsx', async (request, reply) =>
    sendDownload(reply, download(await exportOversightObjects(deps, contextOf(request), parseInput(zOversightObjectsQuery, request.query)))),
  );

  app.get('/api/oversight/overdue', async (request) => listOverdueItems(deps, contextOf(request), parseInput(zOverdueQuery, request.query)));

  app.get('/api/oversight/overdue.xlsx', async (request, reply) =>
    sendDownload(reply, download(await exportOverdueItems(deps, contextOf(request), parseInput(zOverdueQuery, request.query)))),
  );

  // 年度工作报告 (F8 item 3; export-programme-report.ts): the year's report as .docx, a city officer's of its own city.
  app.get('/api/oversight/report.docx', async (request, reply) =>
    sendDownload(reply, await exportProgrammeReport(deps, contextOf(request), parseInput(zProgrammeReportQuery, request.query))),
  );
}
