import { z } from 'zod';
import { AppError, type ErrorIssue } from '../../domain/shared/app-error';

function toIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    // One line per unknown field, so the path names the field the client should not send.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: `不接受的字段：${key}` }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

/** Parses untrusted input; on failure throws VALIDATION_FAILED with one Chinese message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: toIssues(result.error) });
}
