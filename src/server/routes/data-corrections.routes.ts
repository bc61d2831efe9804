// 数据维护 (F4 item 2(c)): form corrections of any dataset, the current rows the forms start from, and voiding a
// service record or an event. Reads: the operator, its city, the province and auditors; writes: the operator only.
import type { FastifyInstance } from 'fastify';
import {
  zCurrentRowsQuery,
  zDatasetRecordParams,
  zDatasetRecordRequest,
  zServiceEventParams,
  zServiceRecordParams,
  zServiceRecordsQuery,
  zVoidRequest,
} from '../../contracts/data-corrections';
import { zCreationObjectIdParams } from '../../contracts/creation-objects';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { listCurrentDatasetRows } from '../use-cases/list-current-dataset-rows';
import { listServiceRecords } from '../use-cases/list-service-records';
import { recordDatasetRow } from '../use-cases/record-dataset-row';
import { voidServiceEvent } from '../use-cases/void-service-event';
import { voidServiceRecord } from '../use-cases/void-service-record';

export async function dataCorrectionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.post('/api/creation-objects/:id/datasets/:dataset/records', async (request, reply) => {
    const params = parseInput(zDatasetRecordParams, request.params);
    const input = parseInput(zDatasetRecordRequest, request.body);
    return reply.code(201).send(await recordDatasetRow(deps, contextOf(request), params, input));
  });

  app.get('/api/creation-objects/:id/datasets/:dataset/current', async (request) => {
    const params = parseInput(zDatasetRecordParams, request.params);
    const page = parseInput(zCurrentRowsQuery, request.query);
    return listCurrentDatasetRows(deps, contextOf(request), params, page);
  });

  app.get('/api/creation-objects/:id/service-records', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    const query = parseInput(zServiceRecordsQuery, request.query);
    return listServiceRecords(deps, contextOf(request), id, query);
  });

  app.post('/api/creation-objects/:id/service-records/:recordId/void', async (request) => {
    const { id, recordId } = parseInput(zServiceRecordParams, request.params);
    const input = parseInput(zVoidRequest, request.body);
    return voidServiceRecord(deps, contextOf(request), id, recordId, input);
  });

  app.post('/api/creation-objects/:id/service-events/:eventId/void', async (request) => {
    const { id, eventId } = parseInput(zServiceEventParams, request.params);
    const input = parseInput(zVoidRequest, request.body);
    return voidServiceEvent(deps, contextOf(request), id, eventId, input);
  });
}
