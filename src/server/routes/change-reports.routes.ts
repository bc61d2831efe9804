// 重大变化报告 (F5 item 4; Art. 11): the operator's report, the city's proposal, the province's decision.
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zChangeReportParams, zChangeReportsParams, zDecideChangeReport, zProposeChangeOutcome, zReportChange } from '../../contracts/change-reports';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { decideChangeReport } from '../use-cases/decide-change-report';
import { listChangeReports } from '../use-cases/list-change-reports';
import { proposeChangeOutcome } from '../use-cases/propose-change-outcome';
import { reportChange } from '../use-cases/report-change';

export async function changeReportsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/creation-objects/:id/change-reports', async (request) => {
    const { id } = parseInput(zChangeReportsParams, request.params);
    parseInput(zNoInput, request.query);
    return listChangeReports(deps, contextOf(request), id);
  });

  app.post('/api/creation-objects/:id/change-reports', async (request, reply) => {
    const { id } = parseInput(zChangeReportsParams, request.params);
    const input = parseInput(zReportChange, request.body);
    return reply.code(201).send(await reportChange(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/change-reports/:reportId/proposal', async (request) => {
    const { id, reportId } = parseInput(zChangeReportParams, request.params);
    const input = parseInput(zProposeChangeOutcome, request.body);
    return proposeChangeOutcome(deps, contextOf(request), id, reportId, input);
  });

  app.post('/api/creation-objects/:id/change-reports/:reportId/decision', async (request) => {
    const { id, reportId } = parseInput(zChangeReportParams, request.params);
    const input = parseInput(zDecideChangeReport, request.body);
    return decideChangeReport(deps, contextOf(request), id, reportId, input);
  });
}
