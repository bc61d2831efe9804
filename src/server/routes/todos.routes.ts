import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { parseInput } from '../http/validate';
import { contextOf } from '../http/request-context';
import type { Deps } from '../use-cases/context';
import { listTodos } from '../use-cases/list-todos';

export async function todosRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  app.get('/api/todos', { config: { isAllowedBeforePasswordChange: true } }, async (request) => {
    parseInput(zNoInput, request.query);
    return listTodos(options.deps, contextOf(request));
  });
}
