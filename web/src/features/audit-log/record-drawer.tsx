// One audit record in full: its code, request id and the before/after JSON. A drawer rather than an expanded row,
// so on a 375 px phone the JSON wraps in the screen's width instead of widening the table.
import { Descriptions, Drawer, Grid } from 'antd';
import { JsonBlock } from './json-block';

export interface RecordDetail {
  title: string;
  facts: { label: string; value: React.ReactNode }[];
  before?: unknown;
  after: unknown;
}

export function RecordDrawer({ detail, onClose }: { detail: RecordDetail | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={detail !== null} title={detail?.title} onClose={onClose} size={screens.md ? 640 : '100%'} destroyOnHidden>
      {detail && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }} items={detail.facts.map((fact, index) => ({ key: String(index), label: fact.label, children: fact.value }))} />
          {'before' in detail && <JsonBlock title="变更前" value={detail.before} />}
          <JsonBlock title={'before' in detail ? '变更后' : '记录内容'} value={detail.after} />
        </div>
      )}
    </Drawer>
  );
}
