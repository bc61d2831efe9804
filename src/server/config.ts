// Configuration comes from the environment, parsed once at boot (DESIGN §6).
import path from 'node:path';
import { z } from 'zod';
import { PASSWORD_MESSAGES, findPasswordProblem } from '../domain/shared/password-policy';
import { DEMO_DATA_KEY, parseDataKey, type SecuritySettings } from './security/security-settings';

const zEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  // demo: seeds one account per role. Defaults to demo on the embedded database, production on PostgreSQL.
  SHIFAN_MODE: z.enum(['demo', 'production']).optional(),
  // Production only: the initial sysadmin password (must be changed at first login). Random when unset.
  SHIFAN_INITIAL_ADMIN_PASSWORD: z
    .string()
    .superRefine((password, ctx) => {
      const problem = findPasswordProblem(password, 'sysadmin');
      if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem] });
    })
    .optional(),
  // Set when a load balancer in front sets X-Forwarded-For; otherwise clients could forge their address.
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // The address the public reaches the site at (e.g. https://shifan.example.gov.cn); printed in published documents.
  PUBLIC_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: '须为以 http:// 或 https:// 开头的网址，不含查询参数' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  // Demo and browser journeys only: read "now" from this file (see fileClock). Refused in production.
  SHIFAN_CLOCK_FILE: z.string().min(1).optional(),
  // F7 item 6: the key that seals personal data at rest (32 bytes as 64 hex digits or base64). Required in production.
  SHIFAN_DATA_KEY: z.string().optional(),
  // F7 item 3: TOTP for back-office roles. Demo mode may turn it on; production always asks for it.
  SHIFAN_SECOND_FACTOR: z.enum(['on', 'off']).optional(),
  // F7 item 3: 90-day password expiry. Demo mode may turn it on; production always enforces it.
  SHIFAN_PASSWORD_EXPIRY: z.enum(['on', 'off']).optional(),
  // F8: demo mode seeds a generated 2024/2025 programme so the 统计看板 show figures; off for journeys and tests.
  SHIFAN_DEMO_PROGRAMME: z.enum(['on', 'off']).optional(),
  // F7 item 1 (ADR 0018): PostgreSQL connections act as this role (shifan_app), which may not change audit records.
  SHIFAN_DB_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, { message: '须为小写字母、数字或下划线组成的数据库角色名' }).optional(),
  // ADR 0022: the append-only file of audit hash chain anchors. Default DATA_DIR/audit-anchors.jsonl; better on a
  // disk or mount the database administrators cannot write.
  SHIFAN_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** PostgreSQL only: the role every pooled connection takes (SHIFAN_DB_ROLE); migrations run as the login role. */
  dbRole: string | undefined;
  dataDir: string;
  /** ADR 0022: where the audit hash chain's head is anchored outside the database (absolute path). */
  auditAnchorFile: string;
  mode: 'demo' | 'production';
  initialAdminPassword: string | undefined;
  logLevel: string;
  isBehindProxy: boolean;
  /** PUBLIC_BASE_URL without a trailing slash; documents print a path when it is unset. */
  publicBaseUrl: string | undefined;
  /** Demo only: a file holding the instant the app takes as now (browser journeys move time with it). */
  clockFile: string | undefined;
  /** Demo only (SHIFAN_DEMO_PROGRAMME, default on): seed the generated programme on an empty database. */
  isDemoProgrammeSeeded: boolean;
  /** Cookies get the Secure flag in production (served over HTTPS behind the load balancer). */
  isSecureCookie: boolean;
  security: SecuritySettings;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = zEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`环境变量配置有误：${lines}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const mode = e.SHIFAN_MODE ?? (e.DATABASE_URL ? 'production' : 'demo');
  const dataKey = e.SHIFAN_DATA_KEY === undefined ? null : parseDataKey(e.SHIFAN_DATA_KEY);
  if (e.SHIFAN_DATA_KEY !== undefined && !dataKey) throw new Error('环境变量配置有误：SHIFAN_DATA_KEY 须为32字节密钥（64位十六进制或 base64）');
  if (mode === 'production' && !dataKey) throw new Error('环境变量配置有误：生产模式必须设置 SHIFAN_DATA_KEY（个人信息加密密钥）');
  // F7 item 1: in production on PostgreSQL the servers act as the application role, which cannot change the audit log.
  if (mode === 'production' && e.DATABASE_URL && !e.SHIFAN_DB_ROLE) throw new Error('环境变量配置有误：生产模式使用 PostgreSQL 时必须设置 SHIFAN_DB_ROLE（如 shifan_app，见 docs/security/audit-and-backup.md）');
  if (mode === 'production' && e.SHIFAN_PASSWORD_EXPIRY === 'off') throw new Error('环境变量配置有误：生产模式不得关闭密码定期更换（SHIFAN_PASSWORD_EXPIRY）');
  if (mode === 'production' && e.SHIFAN_SECOND_FACTOR === 'off') throw new Error('环境变量配置有误：生产模式不得关闭双因素认证（SHIFAN_SECOND_FACTOR）');
  if (mode === 'production' && e.SHIFAN_DEMO_PROGRAMME === 'on') throw new Error('环境变量配置有误：SHIFAN_DEMO_PROGRAMME 仅用于演示模式，生产模式不得开启');
  if (mode === 'production' && e.SHIFAN_CLOCK_FILE) throw new Error('环境变量配置有误：SHIFAN_CLOCK_FILE 仅用于演示和测试，生产模式不得设置');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dbRole: e.SHIFAN_DB_ROLE,
    dataDir,
    auditAnchorFile: e.SHIFAN_AUDIT_ANCHOR_FILE ? path.resolve(e.SHIFAN_AUDIT_ANCHOR_FILE) : path.join(dataDir, 'audit-anchors.jsonl'),
    mode,
    initialAdminPassword: e.SHIFAN_INITIAL_ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    isBehindProxy: e.TRUST_PROXY === 'true',
    publicBaseUrl: e.PUBLIC_BASE_URL,
    clockFile: e.SHIFAN_CLOCK_FILE ? path.resolve(e.SHIFAN_CLOCK_FILE) : undefined,
    isDemoProgrammeSeeded: mode === 'demo' && e.SHIFAN_DEMO_PROGRAMME !== 'off',
    isSecureCookie: mode === 'production',
    security: {
      dataKey: dataKey ?? DEMO_DATA_KEY,
      isSecondFactorRequired: mode === 'production' || e.SHIFAN_SECOND_FACTOR === 'on',
      isPasswordExpiryEnforced: mode === 'production' || e.SHIFAN_PASSWORD_EXPIRY === 'on',
    },
  };
}
