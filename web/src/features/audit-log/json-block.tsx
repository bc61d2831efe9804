// before/after of an audit record, readable: indented JSON that wraps inside its box instead of widening the page.
import { Typography } from 'antd';

export function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">（无）</Typography.Paragraph>
      ) : (
        <pre
          aria-label={title}
          style={{ margin: '4px 0 0', padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto' }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}
