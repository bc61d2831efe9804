// 操作日志 and 登录日志 for the audit administrator (F7 item 1).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../use-cases/context';

export async function auditLogRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  void app;
  void options;
}
