// 导入记录: every import of the creation object — files, pushes through the API and form corrections — newest first,
// with what each did and its error report. The record stays (DESIGN §5: data are never deleted).
import { Button, Card, Empty, Grid, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ImportHistory, ImportHistoryEntry } from '../../../../src/contracts/data-imports';
import { ErrorResult } from '../../components/error-result';
import { formatDateTime } from '../../lib/format-date-time';
import type { FetchState } from '../../lib/use-fetch';
import { newestFirst, SOURCE_LABELS } from './import-text';
import { importPaths } from './upload-import';

const { Text } = Typography;

const Counts = ({ entry }: { entry: ImportHistoryEntry }) => (
  <span className="import-counts">
    共{entry.totalRows} · 导入{entry.acceptedRows} · 重复{entry.duplicateRows} ·{' '}
    {entry.rejectedRows > 0 ? <Text type="danger">未通过{entry.rejectedRows}</Text> : `未通过${entry.rejectedRows}`}
  </span>
);

function ReportLink({ objectId, entry }: { objectId: string; entry: ImportHistoryEntry }) {
  if (!entry.hasErrorReport) return <Text type="secondary">—</Text>;
  return (
    <Button type="link" size="small" icon={<DownloadOutlined />} href={importPaths.errorReport(objectId, entry.id)} download style={{ paddingInline: 0 }}>
      错误报告
    </Button>
  );
}

function columnsFor(objectId: string): TableColumnsType<ImportHistoryEntry> {
  return [
    { key: 'createdAt', title: '导入时间', dataIndex: 'createdAt', width: 140, render: (iso: string) => formatDateTime(iso) },
    { key: 'dataset', title: '数据集', dataIndex: 'datasetLabel', width: 110 },
    { key: 'source', title: '来源', dataIndex: 'source', width: 60, render: (source: ImportHistoryEntry['source']) => SOURCE_LABELS[source] },
    { key: 'fileName', title: '文件名', dataIndex: 'fileName', render: (name: string | null) => <span className="import-file-name">{name ?? '—'}</span> },
    { key: 'counts', title: '行数', width: 240, render: (_v, entry) => <Counts entry={entry} /> },
    { key: 'createdBy', title: '操作人', dataIndex: 'createdByName', width: 90, render: (name: string | null) => name ?? '—' },
    { key: 'report', title: '错误报告', width: 100, render: (_v, entry) => <ReportLink objectId={objectId} entry={entry} /> },
  ];
}

export function ImportHistoryCard({ objectId, history }: { objectId: string; history: FetchState<ImportHistory> }) {
  const screens = Grid.useBreakpoint();
  const entries = history.data ? newestFirst(history.data.imports) : [];
  return (
    <Card
      size="small"
      title="导入记录"
      role="region"
      aria-label="导入记录"
      extra={
        <Button size="small" icon={<ReloadOutlined />} onClick={history.reload} loading={history.loading} aria-label="刷新导入记录">
          刷新
        </Button>
      }
    >
      {history.error ? (
        <ErrorResult error={history.error} onRetry={history.reload} />
      ) : !history.data ? (
        <Skeleton active />
      ) : entries.length === 0 ? (
        <Empty description="尚无导入记录" />
      ) : screens.md ? (
        <Table<ImportHistoryEntry> size="small" rowKey="id" columns={columnsFor(objectId)} dataSource={entries} pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false} scroll={{ x: 860 }} />
      ) : (
        <ul className="import-history-list" aria-label="导入记录列表">
          {entries.map((entry) => (
            <li key={entry.id}>
              <div>
                <Text strong>{entry.datasetLabel}</Text> · {SOURCE_LABELS[entry.source]} · <Text type="secondary">{formatDateTime(entry.createdAt)}</Text>
              </div>
              {entry.fileName && <div className="import-file-name">{entry.fileName}</div>}
              <div>
                <Counts entry={entry} />
              </div>
              {entry.hasErrorReport && <ReportLink objectId={objectId} entry={entry} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
