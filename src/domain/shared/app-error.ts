// The one error type (closed code list). The HTTP status for each code is set in one place:
// src/server/http/error-status.ts. Messages are Chinese because people read them.
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'CREDIT_CODE_TAKEN',
  'USERNAME_TAKEN',
  'TRANSITION_NOT_ALLOWED',
  'TRANSITION_PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'CALENDAR_YEAR_MISSING',
  'CALL_YEAR_PUBLISHED',
  'CALL_NOT_DRAFT',
  'FILE_CORRUPTED',
  'STATE_CHANGED',
  'APPLICATION_WINDOW_CLOSED',
  'APPLICATION_INCOMPLETE',
  'NOT_ELIGIBLE',
  'CITY_CAP_REACHED',
  'EXPERT_POOL_TOO_SMALL',
  'DECLARATION_REQUIRED',
  'PUBLICITY_NOT_OPEN',
  'NOTHING_TO_PUBLISH',
  'CITY_REVIEW_CLOSED',
  'CREATION_QUOTA_REACHED',
  'RATE_LIMITED',
  'IMPORT_UNREADABLE',
  'API_KEY_INVALID',
  'DATA_COLLECTION_CLOSED',
  'API_KEY_LIMIT_REACHED',
  'REPORT_NOT_DUE',
  'NOTHING_DUE',
  'ACCOUNT_LOCKED',
  'SECOND_FACTOR_REQUIRED',
  'SECOND_FACTOR_INVALID',
  'ROLE_SEPARATION',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  /** Dotted field path, e.g. "organisation.creditCode"; "" for the whole request. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: ErrorIssue[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
