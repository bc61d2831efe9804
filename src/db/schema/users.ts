import { sql } from 'drizzle-orm';
import { ROLES } from '../../domain/shared/roles';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Stored lower-case: user names are compared without regard to case.
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  isDisabled: boolean('is_disabled').notNull().default(false),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // F7 item 3: 5 failures in a row lock the account for 30 minutes (等保2.0 三级 登录失败处理).
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  // F7 item 3: the TOTP secret (RFC 6238), sealed with the field cipher; confirmed once a first code matched.
  totpSecret: text('totp_secret'),
  totpConfirmedAt: timestamp('totp_confirmed_at', { withTimezone: true }),
});

// F7 item 3: the last passwords' hashes (argon2id), so none of the last 5 is chosen again. Append-only.
export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.createdAt)],
);

// A user acts in exactly one role per session. City officers carry their city; applicants their organisation.
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role').notNull(),
    cityCode: varchar('city_code', { length: 6 }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_assignments_user_idx').on(t.userId),
    check('role_assignments_role', sql`${t.role} IN (${sql.raw(ROLES.map((r) => `'${r}'`).join(', '))})`),
    check(
      'role_assignments_scope',
      sql`(${t.role} <> 'city' OR ${t.cityCode} IS NOT NULL) AND (${t.role} <> 'applicant' OR ${t.organisationId} IS NOT NULL)`,
    ),
  ],
);

// Server-side sessions (DESIGN §6: app servers are stateless). The cookie holds a random token; only its
// SHA-256 is stored, so a copy of this table cannot be replayed.
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    roleAssignmentId: uuid('role_assignment_id').notNull().references(() => roleAssignments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    // F7 item 3: a back-office session that has proved the password but not yet the TOTP code reaches only the
    // second-factor routes, who-am-I and log-out.
    isSecondFactorPending: boolean('is_second_factor_pending').notNull().default(false),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
