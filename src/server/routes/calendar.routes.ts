import type { FastifyInstance } from 'fastify';
import { zCalendarYearParams, zCalendarYearQuery, zPublicityWindowQuery, zPublishCalendarYearRequest } from '../../contracts/calendar';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { computePublicityWindow } from '../use-cases/compute-publicity-window';
import type { Deps } from '../use-cases/context';
import { getCalendarYear } from '../use-cases/get-calendar-year';
import { listCalendarYears } from '../use-cases/list-calendar-years';
import { publishCalendarYear } from '../use-cases/publish-calendar-year';

export async function calendarRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  // DESIGN §7: a stable open-data contract, callable by other systems without a session.
  app.get('/api/v1/calendar/publicity-window', { config: { isPublic: true, isSessionless: true } }, async (request) => {
    const query = parseInput(zPublicityWindowQuery, request.query);
    return computePublicityWindow(deps, query);
  });

  app.get('/api/calendar/years', async (request) => {
    parseInput(zNoInput, request.query);
    return listCalendarYears(deps, contextOf(request));
  });

  app.get('/api/calendar/years/:year', async (request) => {
    const { year } = parseInput(zCalendarYearParams, request.params);
    const { version } = parseInput(zCalendarYearQuery, request.query);
    return getCalendarYear(deps, contextOf(request), year, version);
  });

  app.post('/api/calendar/years', async (request, reply) => {
    const input = parseInput(zPublishCalendarYearRequest, request.body);
    return reply.code(201).send(await publishCalendarYear(deps, contextOf(request), input));
  });
}
