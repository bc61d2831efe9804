// 创建期管理 (F4 items 3–4): creation objects, their indicator dashboard with drill-downs, and the data-quality
// hints. Route shapes are listed in src/contracts/indicators.ts.
import type { FastifyInstance } from 'fastify';
import { zCreationObjectIdParams } from '../../contracts/creation-objects';
import { zCreationObjectListQuery, zEventPageQuery, zWindowPageQuery, zWindowQuery } from '../../contracts/indicators';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { getCreationObject } from '../use-cases/get-creation-object';
import { getDataFlags } from '../use-cases/get-data-flags';
import { getIndicatorDashboard } from '../use-cases/get-indicator-dashboard';
import { getDivisionCoverage, getServiceItemDelivery, listIndicatorEvents, listServedEnterprises } from '../use-cases/indicator-drilldowns';
import { listCreationObjects } from '../use-cases/list-creation-objects';

export async function creationObjectsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/creation-objects', async (request) => listCreationObjects(deps, contextOf(request), parseInput(zCreationObjectListQuery, request.query)));

  app.get('/api/creation-objects/:id', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    return getCreationObject(deps, contextOf(request), id);
  });

  app.get('/api/creation-objects/:id/indicators', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    const { window } = parseInput(zWindowQuery, request.query);
    return getIndicatorDashboard(deps, contextOf(request), id, window);
  });

  app.get('/api/creation-objects/:id/indicators/enterprises', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    return listServedEnterprises(deps, contextOf(request), id, parseInput(zWindowPageQuery, request.query));
  });

  app.get('/api/creation-objects/:id/indicators/events', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    return listIndicatorEvents(deps, contextOf(request), id, parseInput(zEventPageQuery, request.query));
  });

  app.get('/api/creation-objects/:id/indicators/divisions', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    const { window } = parseInput(zWindowQuery, request.query);
    return getDivisionCoverage(deps, contextOf(request), id, window);
  });

  app.get('/api/creation-objects/:id/indicators/service-items', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    const { window } = parseInput(zWindowQuery, request.query);
    return getServiceItemDelivery(deps, contextOf(request), id, window);
  });

  app.get('/api/creation-objects/:id/flags', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    return getDataFlags(deps, contextOf(request), id);
  });
}
