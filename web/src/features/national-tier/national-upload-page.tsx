// One upload of MIIT's list (Art. 9; ADR 0017): every row with its outcome, the entry it went to, a 处理 button on each
// row still open, and the national entries the list does not name (for review; never unmarked automatically).
import { useState } from 'react';
import { Button, Card, Checkbox, Descriptions, Flex, Grid, Skeleton, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import type { NationalEntryBrief, NationalRowView, NationalUploadDetail } from '../../../../src/contracts/national-tier';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { nationalTierPaths } from './national-tier-api';
import { countsText, outcomeColour } from './national-tier-view';
import { ResolveRowModal } from './resolve-row-modal';

function EntryText({ entry }: { entry: NationalEntryBrief }) {
  return (
    <span className="national-tier-wrap">
      {entry.name}
      <Typography.Text type="secondary">
        （{entry.cityName} · {entry.statusLabel}
        {entry.isNational ? ' · 国家级' : ''}）
      </Typography.Text>
    </span>
  );
}

function Outcome({ row }: { row: NationalRowView }) {
  return (
    <Flex vertical gap={4} align="flex-start">
      <Tag color={outcomeColour(row.outcome)} style={{ whiteSpace: 'normal' }}>
        {row.outcomeLabel}
      </Tag>
      {row.entry && <EntryText entry={row.entry} />}
      {row.dismissReason && <Typography.Text type="secondary">理由：{row.dismissReason}</Typography.Text>}
    </Flex>
  );
}

function CodeText({ row }: { row: NationalRowView }) {
  return (
    <>
      <span className="national-tier-code">{row.creditCode || '（未填写）'}</span>
      {!row.isCreditCodeValid && (
        <Tag color="red" style={{ marginLeft: 4 }}>
          代码有误
        </Tag>
      )}
    </>
  );
}

function RowList({ rows, onResolve }: { rows: NationalRowView[]; onResolve: (row: NationalRowView) => void }) {
  const isPhone = !Grid.useBreakpoint().md;
  const action = (row: NationalRowView) =>
    row.isOpen ? (
      <Button size="small" type="primary" onClick={() => onResolve(row)} aria-label={`处理第${row.rowNumber}行`}>
        处理
      </Button>
    ) : null;
  if (isPhone) {
    return (
      <ul aria-label="名单各行" className="national-tier-list">
        {rows.length === 0 && <Typography.Text type="secondary">没有待处理的行</Typography.Text>}
        {rows.map((row) => (
          <li key={row.id}>
            <span className="national-tier-list-name">
              第{row.rowNumber}行 · {row.name}
            </span>
            <div>
              <Typography.Text type="secondary">{row.operatorName}</Typography.Text>
            </div>
            <div>
              <CodeText row={row} />
            </div>
            <Flex justify="space-between" align="flex-start" gap={8} style={{ marginTop: 4 }}>
              <Outcome row={row} />
              {action(row)}
            </Flex>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<NationalRowView>
      rowKey="id"
      aria-label="名单各行"
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: '没有待处理的行' }}
      columns={[
        { title: '行号', dataIndex: 'rowNumber', width: 64 },
        {
          title: '平台（基地）名称 / 运营单位',
          key: 'name',
          render: (_: unknown, row) => (
            <span className="national-tier-wrap">
              {row.name}
              <br />
              <Typography.Text type="secondary">{row.operatorName}</Typography.Text>
            </span>
          ),
        },
        { title: '统一社会信用代码', key: 'code', width: 200, render: (_: unknown, row) => <CodeText row={row} /> },
        {
          title: '所在地市 / 批次',
          key: 'city',
          width: 130,
          render: (_: unknown, row) => [row.cityText, row.batchText].filter(Boolean).join(' / ') || '—',
        },
        { title: '匹配结果', key: 'outcome', render: (_: unknown, row) => <Outcome row={row} /> },
        { title: '操作', key: 'action', width: 80, render: (_: unknown, row) => action(row) },
      ]}
    />
  );
}

function AbsentList({ entries }: { entries: NationalEntryBrief[] }) {
  return (
    <Card title={`名单中未列出的原国家级条目（${entries.length}）`}>
      <Typography.Paragraph type="secondary">以下条目原已标注为国家级，但本次名单中没有对应的行。系统不会自动取消标注，请核对。</Typography.Paragraph>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">无</Typography.Text>
      ) : (
        <ul className="national-tier-list" aria-label="名单中未列出的原国家级条目">
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntryText entry={entry} />
              <div>
                <Typography.Text type="secondary">
                  {entry.operatorName}
                  {entry.operatorCreditCode ? ` · ${entry.operatorCreditCode}` : ''}
                </Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function UploadDetail({ detail, onChanged }: { detail: NationalUploadDetail; onChanged: () => void }) {
  const [isOpenOnly, setOpenOnly] = useState(detail.openCount > 0);
  const [resolving, setResolving] = useState<NationalRowView | null>(null);
  const rows = isOpenOnly ? detail.rows.filter((row) => row.isOpen) : detail.rows;
  return (
    <Flex vertical gap={16}>
      <Card className="national-tier-detail" title={detail.title} extra={<LinkButton to="/workspace/national-tier">返回导入记录</LinkButton>}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'file', label: '文件', children: <span className="national-tier-wrap">{detail.fileName}</span> },
            { key: 'at', label: '导入', children: `${formatDateTime(detail.uploadedAt)} · ${detail.uploadedByName}` },
            { key: 'rows', label: '行数', children: detail.rowCount },
            { key: 'counts', label: '匹配情况', children: countsText(detail) },
          ]}
        />
      </Card>
      <Card
        title={detail.openCount > 0 ? `名单各行（待处理${detail.openCount}行）` : '名单各行（已全部处理）'}
        extra={
          <Checkbox checked={isOpenOnly} onChange={(event) => setOpenOnly(event.target.checked)}>
            只看待处理
          </Checkbox>
        }
      >
        <RowList rows={rows} onResolve={setResolving} />
      </Card>
      <AbsentList entries={detail.absentNational} />
      {resolving && (
        <ResolveRowModal
          row={resolving}
          onClose={() => setResolving(null)}
          onResolved={() => {
            setResolving(null);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}

export function NationalUploadPage() {
  const { id = '' } = useParams();
  const detail = useFetch<NationalUploadDetail>(nationalTierPaths.upload(id));
  if (detail.error) return <ErrorResult error={detail.error} notFoundTitle="未找到该名单导入记录" onRetry={detail.reload} />;
  if (!detail.data) return <Skeleton active />;
  return <UploadDetail key={detail.data.id} detail={detail.data} onChanged={detail.reload} />;
}
