// Puts validation problems beside the form fields they concern. Client-side (zod) and server-side (error
// envelope) problems use the same field paths, so one mapping serves both.
import type { FormInstance, FormRule } from 'antd';
import type { z } from 'zod';
import type { ApiError } from './api';

export type FieldPath = (string | number)[];

export interface FieldIssue {
  path: FieldPath;
  message: string;
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol'),
    message: issue.message,
  }));
}

export function issuesFromApi(error: ApiError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path
      .split('.')
      .filter((segment) => segment !== '')
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
    message: issue.message,
  }));
}

const keyOf = (path: FieldPath) => path.join('.');

/**
 * Shows each issue under its field and returns the issues that match no field of the form, which the caller
 * should show in a summary instead.
 */
export function applyFieldIssues(form: FormInstance, issues: FieldIssue[]): FieldIssue[] {
  const fieldKeys = new Set(form.getFieldsError().map((field) => keyOf(field.name)));
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const key = keyOf(issue.path);
    if (!fieldKeys.has(key)) {
      unmatched.push(issue);
      continue;
    }
    const entry = byField.get(key) ?? { name: issue.path, errors: [] };
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unmatched;
}

/** A Form.Item rule that checks the field's value with the field's own zod schema, showing zod's message. */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '填写内容有误');
    },
  };
}
