import type { ErrorCode } from '../../domain/shared/app-error';

// The single mapping from error code to HTTP status; a missing code is a compile error.
export const STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CREDIT_CODE_TAKEN: 409,
  USERNAME_TAKEN: 409,
  // Lifecycle (src/domain/lifecycle): no row for this event in this state, or the row's condition does not hold yet.
  TRANSITION_NOT_ALLOWED: 409,
  TRANSITION_PRECONDITION_FAILED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // DESIGN §7: a computation reached a year whose holiday schedule has not been entered (details.year).
  CALENDAR_YEAR_MISSING: 422,
  CALL_YEAR_PUBLISHED: 409,
  CALL_NOT_DRAFT: 409,
  FILE_CORRUPTED: 500,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;
