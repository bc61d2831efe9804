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

// PostgreSQL text cannot hold U+0000; a NUL anywhere in the input is refused here rather than failing in SQL.
function findNulPath(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = findNulPath(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Parses untrusted input; on failure throws VALIDATION_FAILED with one Chinese message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nulPath = findNulPath(input, []);
  if (nulPath) {
    throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: nulPath.join('.'), message: '内容含有不允许的控制字符' }] });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: toIssues(result.error) });
}
