// 半年进展报告 (F4 item 5; Art. 13): the half years of a creation object, the operator's reports, the city's comments.
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zCityComment, zProgressReportParams, zProgressReportsParams, zSubmitProgressReport } from '../../contracts/progress-reports';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { commentProgressReport } from '../use-cases/comment-progress-report';
import type { Deps } from '../use-cases/context';
import { listProgressReports } from '../use-cases/list-progress-reports';
import { submitProgressReport } from '../use-cases/submit-progress-report';

export async function progressReportsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/creation-objects/:id/progress-reports', async (request) => {
    const { id } = parseInput(zProgressReportsParams, request.params);
    parseInput(zNoInput, request.query);
    return listProgressReports(deps, contextOf(request), id);
  });

  app.post('/api/creation-objects/:id/progress-reports', async (request, reply) => {
    const { id } = parseInput(zProgressReportsParams, request.params);
    const input = parseInput(zSubmitProgressReport, request.body);
    return reply.code(201).send(await submitProgressReport(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/progress-reports/:reportId/city-comment', async (request) => {
    const { id, reportId } = parseInput(zProgressReportParams, request.params);
    const input = parseInput(zCityComment, request.body);
    return commentProgressReport(deps, contextOf(request), id, reportId, input);
  });
}
