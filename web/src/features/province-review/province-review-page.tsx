// 省级审核 (Art. 7(2)): the applications the cities recommended for a chosen call, with the formal check and the
// internal mean expert score; 形式审查, 不予通过, 确定拟创建对象 (preview, then commit) and the internal export of
// every review detail. Neutral order (Art. 8): the score is shown, never used to sort.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Grid, Modal, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ProvinceReviewItem, ProvinceReviewQueue } from '../../../../src/contracts/province-review';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { CallPicker, DownloadButton, NoCallAlert, QuotaLine, useChosenCall } from '../city-review/review-shared';
import { FormalCheckForm, ProvinceRejectForm } from './province-decision-forms';
import { ScoreText } from './score-text';
import { ShortlistPreviewModal } from './shortlist-preview-modal';

const STATE_FILTERS = [
  { value: '', label: '全部' },
  { value: 'recommended', label: '待省级审核' },
  { value: 'shortlisted', label: '拟创建对象' },
  { value: 'province_rejected', label: '不予通过' },
];
const STATE_COLORS: Record<string, string> = { recommended: 'gold', shortlisted: 'green', province_rejected: 'red' };

type Acting = { kind: 'check' | 'reject'; item: ProvinceReviewItem } | null;

const FormalCheckTag = ({ item }: { item: ProvinceReviewItem }) =>
  !item.formalCheck ? <Tag>未审查</Tag> : item.formalCheck.isPassed ? <Tag color="green">通过</Tag> : <Tag color="red">不通过</Tag>;

export function ProvinceReviewPage() {
  const chosen = useChosenCall();
  const [state, setState] = useState('');
  const queue = useFetch<ProvinceReviewQueue>(chosen.callId ? `/api/calls/${chosen.callId}/province-review${state ? `?state=${state}` : ''}` : null);
  const [selected, setSelected] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState<string[] | null>(null);
  const [acting, setActing] = useState<Acting>(null);
  const screens = Grid.useBreakpoint();
  const items = queue.data?.items ?? [];
  const reload = () => {
    setSelected([]);
    setActing(null);
    queue.reload();
  };
  const actions = (item: ProvinceReviewItem) =>
    item.state === 'recommended' ? (
      <Space size={4}>
        <Button size="small" onClick={() => setActing({ kind: 'check', item })}>
          形式审查
        </Button>
        <Button size="small" danger onClick={() => setActing({ kind: 'reject', item })}>
          不予通过
        </Button>
      </Space>
    ) : null;

  const columns: TableColumnsType<ProvinceReviewItem> = [
    {
      key: 'name',
      title: '平台（基地）/ 运营主体',
      render: (_v, item) => (
        <div style={{ maxWidth: 280 }}>
          <Link to={`/workspace/applications/${item.id}`}>{item.name}</Link>
          <div>
            <Typography.Text type="secondary">
              {item.applicationNumber} · {item.organisationName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'city', title: '地市', dataIndex: 'cityName', width: 80 },
    { key: 'state', title: '状态', width: 170, render: (_v, item) => <Tag color={STATE_COLORS[item.state] ?? 'blue'}>{item.stateLabel}</Tag> },
    { key: 'check', title: '形式审查', width: 90, render: (_v, item) => <FormalCheckTag item={item} /> },
    { key: 'score', title: '专家平均分（内部）', width: 130, render: (_v, item) => <ScoreText item={item} /> },
    { key: 'action', title: '操作', width: 170, fixed: 'right', render: (_v, item) => actions(item) },
  ];

  return (
    <Card title="省级审核">
      <div style={{ marginBottom: 12 }}>
        <Space wrap>
          <CallPicker chosen={chosen} />
          <Select aria-label="状态筛选" style={{ width: 130 }} value={state} onChange={(value) => { setState(value); setSelected([]); }} options={STATE_FILTERS} />
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        省工业和信息化厅对地市推荐的申报材料进行审核，按程序择优确定拟创建对象（《办法》第七条）。专家评分仅供内部审核参考，不公开、不排名（《办法》第八条）。
      </Typography.Paragraph>
      {chosen.calls.error ? (
        <ErrorResult error={chosen.calls.error} onRetry={chosen.calls.reload} />
      ) : chosen.calls.data && chosen.published.length === 0 ? (
        <NoCallAlert />
      ) : queue.error ? (
        <ErrorResult error={queue.error} onRetry={queue.reload} />
      ) : !queue.data ? (
        <Skeleton active />
      ) : (
        <>
          <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
            <QuotaLine label="年度创建数量" usedLabel="已确定拟创建对象" quota={queue.data.quota} />
            <Flex wrap gap={8}>
              <Button type="primary" disabled={selected.length === 0} onClick={() => setPreviewing(selected)}>
                确定拟创建对象{selected.length > 0 ? `（${selected.length}）` : ''}
              </Button>
              <DownloadButton href={`/api/calls/${queue.data.call.id}/review-export.xlsx`}>导出评审明细</DownloadButton>
            </Flex>
          </Space>
          {screens.md ? (
            <Table<ProvinceReviewItem>
              rowKey="id"
              size="middle"
              scroll={{ x: 'max-content' }}
              columns={columns}
              dataSource={items}
              pagination={false}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (item) => ({ disabled: item.state !== 'recommended', 'aria-label': `选择${item.name}` }) }}
              locale={{ emptyText: '暂无地市推荐的申报' }}
            />
          ) : items.length === 0 ? (
            <Alert type="info" showIcon title="暂无地市推荐的申报" />
          ) : (
            <ul aria-label="申报" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <li key={item.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <Flex gap={10} align="start">
                    <Checkbox
                      aria-label={`选择${item.name}`}
                      disabled={item.state !== 'recommended'}
                      checked={selected.includes(item.id)}
                      onChange={(e) => setSelected(e.target.checked ? [...selected, item.id] : selected.filter((id) => id !== item.id))}
                    />
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Link to={`/workspace/applications/${item.id}`} style={{ wordBreak: 'break-all' }}>
                        {item.name}
                      </Link>
                      <div>
                        <Typography.Text type="secondary">
                          {item.cityName} · {item.organisationName}
                        </Typography.Text>
                      </div>
                      <Flex wrap gap={6} align="center" style={{ marginTop: 4 }}>
                        <Tag color={STATE_COLORS[item.state] ?? 'blue'}>{item.stateLabel}</Tag>
                        <FormalCheckTag item={item} />
                        <Typography.Text type="secondary">
                          <ScoreText item={item} />
                        </Typography.Text>
                      </Flex>
                      <div style={{ marginTop: 6 }}>{actions(item)}</div>
                    </div>
                  </Flex>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {previewing && chosen.callId && (
        <ShortlistPreviewModal
          callId={chosen.callId}
          applicationIds={previewing}
          onClose={(changed) => {
            setPreviewing(null);
            if (changed) reload();
          }}
        />
      )}
      {acting && (
        <Modal open title={`${acting.kind === 'check' ? '形式审查' : '不予通过'}：${acting.item.name}`} footer={null} onCancel={() => setActing(null)} destroyOnHidden>
          {acting.kind === 'check' ? <FormalCheckForm application={acting.item} onDone={reload} /> : <ProvinceRejectForm application={acting.item} onDone={reload} />}
        </Modal>
      )}
    </Card>
  );
}
