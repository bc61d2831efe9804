// The two alerts every public form shows above its fields: why the server (or the whole-form check) refused,
// and a reference list that failed to load.
import { Alert, Button } from 'antd';
import type { FieldIssue } from '../lib/form-errors';

export interface Refusal {
  message: string;
  /** Problems that belong to no single field. */
  general: FieldIssue[];
}

export function RefusalAlert({ refusal, hint, className }: { refusal: Refusal; hint: string; className?: string }) {
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={refusal.message}
      description={
        refusal.general.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {refusal.general.map((issue) => (
              <li key={`${issue.path.join('.')}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        ) : (
          hint
        )
      }
    />
  );
}

export function LoadErrorAlert({ what, error, onRetry, className }: { what: string; error: Error; onRetry: () => void; className?: string }) {
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={`${what}加载失败：${error.message}`}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
