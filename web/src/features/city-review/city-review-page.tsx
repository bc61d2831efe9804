// 初审推荐 (Art. 7(1)): the city's queue of its own applications for a chosen call, its 推荐名额 and 初审截止日,
// decisions one by one, the batch recommendation with a preview, and the Excel export. Neutral order (Art. 8).
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Grid, Modal, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { CityReviewItem, CityReviewQueue } from '../../../../src/contracts/city-review';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { CityDecisionForm } from './city-decision-form';
import { RecommendPreviewModal } from './recommend-preview-modal';
import { CallPicker, DownloadButton, formatTime, NoCallAlert, QuotaLine, useChosenCall } from './review-shared';

const STATE_FILTERS = [
  { value: '', label: '全部状态' },
  { value: 'submitted', label: '待初审' },
  { value: 'returned_for_revision', label: '已退回修改' },
  { value: 'city_rejected', label: '不予推荐' },
  { value: 'after_recommendation', label: '已推荐（含后续）' },
];

const STATE_COLORS: Record<string, string> = { submitted: 'gold', returned_for_revision: 'orange', city_rejected: 'red', recommended: 'green' };
const StateTag = ({ item }: { item: CityReviewItem }) => <Tag color={STATE_COLORS[item.state] ?? 'blue'}>{item.stateLabel}</Tag>;

export function CityReviewPage() {
  const chosen = useChosenCall();
  const [state, setState] = useState('');
  const queue = useFetch<CityReviewQueue>(chosen.callId ? `/api/city-review/queue?callId=${chosen.callId}${state ? `&state=${state}` : ''}` : null);
  const [selected, setSelected] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState<string[] | null>(null);
  const [deciding, setDeciding] = useState<CityReviewItem | null>(null);
  const screens = Grid.useBreakpoint();
  const items = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const selectable = (item: CityReviewItem) => item.state === 'submitted';
  const reload = () => {
    setSelected([]);
    queue.reload();
  };

  const columns: TableColumnsType<CityReviewItem> = [
    { key: 'number', title: '申报编号', dataIndex: 'applicationNumber', width: 170 },
    { key: 'name', title: '平台（基地）名称', render: (_v, item) => <Link to={`/workspace/applications/${item.id}`}>{item.name}</Link> },
    { key: 'organisation', title: '运营主体', dataIndex: 'organisationName' },
    { key: 'county', title: '区县', dataIndex: 'countyName', width: 90 },
    { key: 'state', title: '状态', width: 150, render: (_v, item) => <StateTag item={item} /> },
    { key: 'submittedAt', title: '提交时间', width: 150, render: (_v, item) => formatTime(item.submittedAt) },
    { key: 'decision', title: '初审意见', width: 220, ellipsis: true, render: (_v, item) => (item.cityDecision?.reason ? `${item.cityDecision.label}：${item.cityDecision.reason}` : (item.cityDecision?.label ?? '')) },
    {
      key: 'action',
      title: '操作',
      width: 80,
      fixed: 'right',
      render: (_v, item) =>
        item.state === 'submitted' ? (
          <Button size="small" onClick={() => setDeciding(item)}>
            办理
          </Button>
        ) : null,
    },
  ];

  const toolbar = queue.data && (
    <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
      <QuotaLine label={`${queue.data.cityName}推荐名额`} usedLabel="已推荐" quota={queue.data.cap} />
      <Typography.Text type="secondary">初审推荐截止日期：{queue.data.call.cityReviewDeadline}</Typography.Text>
      {!queue.data.isRecommendationOpen && <Alert type="warning" showIcon title={`初审推荐已于${queue.data.call.cityReviewDeadline}截止，不能再推荐`} />}
      <Flex wrap gap={8} align="center">
        <Button type="primary" disabled={selected.length === 0} onClick={() => setPreviewing(selected)}>
          批量推荐{selected.length > 0 ? `（${selected.length}）` : ''}
        </Button>
        <DownloadButton href={`/api/city-review/export.xlsx?callId=${queue.data.call.id}`}>导出Excel</DownloadButton>
      </Flex>
    </Space>
  );

  return (
    <Card title="初审推荐">
      <div style={{ marginBottom: 12 }}>
        <Space wrap>
          <CallPicker chosen={chosen} />
          <Select aria-label="状态筛选" style={{ width: 150 }} value={state} onChange={(value) => { setState(value); setSelected([]); }} options={STATE_FILTERS} />
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        运营机构将申报材料提交至所在地市，地市初审后将拟推荐对象报省工业和信息化厅（《办法》第七条）。退回修改和不予推荐须说明理由，理由将告知申报单位。
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
          {toolbar}
          {screens.md ? (
            <Table<CityReviewItem>
              rowKey="id"
              size="middle"
              scroll={{ x: 'max-content' }}
              columns={columns}
              dataSource={items}
              pagination={false}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (item) => ({ disabled: !selectable(item), 'aria-label': `选择${item.name}` }) }}
              locale={{ emptyText: '暂无申报' }}
            />
          ) : (
            <PhoneList items={items} selected={selected} onSelect={setSelected} onDecide={setDeciding} />
          )}
        </>
      )}
      {previewing && chosen.callId && (
        <RecommendPreviewModal
          callId={chosen.callId}
          applicationIds={previewing}
          onClose={(changed) => {
            setPreviewing(null);
            if (changed) reload();
          }}
        />
      )}
      {deciding && (
        <Modal open title={`初审：${deciding.name}`} footer={null} onCancel={() => setDeciding(null)} destroyOnHidden>
          <CityDecisionForm
            application={deciding}
            onDone={() => {
              setDeciding(null);
              reload();
            }}
          />
        </Modal>
      )}
    </Card>
  );
}

function PhoneList({ items, selected, onSelect, onDecide }: { items: CityReviewItem[]; selected: string[]; onSelect: (ids: string[]) => void; onDecide: (item: CityReviewItem) => void }) {
  if (items.length === 0) return <Typography.Text type="secondary">暂无申报</Typography.Text>;
  const toggle = (id: string, on: boolean) => onSelect(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <ul aria-label="申报" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <li key={item.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex gap={10} align="start">
            <Checkbox aria-label={`选择${item.name}`} disabled={item.state !== 'submitted'} checked={selected.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
            <div style={{ minWidth: 0, flex: 1 }}>
              <Link to={`/workspace/applications/${item.id}`} style={{ wordBreak: 'break-all' }}>
                {item.name}
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {item.organisationName} · {item.countyName}
                </Typography.Text>
              </div>
              <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
                <StateTag item={item} />
                {item.state === 'submitted' && (
                  <Button size="small" onClick={() => onDecide(item)}>
                    办理
                  </Button>
                )}
              </Flex>
              {item.cityDecision?.reason && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>理由：{item.cityDecision.reason}</Typography.Paragraph>}
            </div>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
