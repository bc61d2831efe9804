// What an indicator figure counts (F4 item 3): the enterprises served, the events (and which fell short of 15
// participants), the next-level divisions covered or not, the service items delivered or not. Lists are in a
// neutral order (credit code, date, division code, the attachment's order), never by volume (Art. 8).
import { useState } from 'react';
import { Drawer, Grid, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { DivisionCoverage, EventItem, EventPage, ServedEnterprise, ServiceItemDelivery } from '../../../../src/contracts/indicators';
import type { Page } from '../../../../src/contracts/organisations';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';

const { Text, Paragraph } = Typography;

export type DrillDownKind = 'enterprises' | 'events' | 'divisions' | 'serviceItems';

export const DRILL_DOWNS: readonly { kind: DrillDownKind; indicators: readonly string[]; button: string; title: string }[] = [
  { kind: 'enterprises', indicators: ['platform.servedEnterprises'], button: '查看服务企业', title: '服务企业明细' },
  { kind: 'events', indicators: ['platform.offlineEvents', 'base.serviceActivities'], button: '查看活动', title: '服务活动明细' },
  { kind: 'divisions', indicators: ['platform.coverage'], button: '查看覆盖区域', title: '下一级行政区覆盖情况' },
  { kind: 'serviceItems', indicators: ['platform.serviceFunctions'], button: '查看服务内容', title: '服务内容提供情况' },
];

interface DrawerProps {
  object: CreationObjectSummary;
  kind: DrillDownKind;
  windowIndex: number;
  windowLabel: string;
  onClose: () => void;
}

export function IndicatorDrawer({ object, kind, windowIndex, windowLabel, onClose }: DrawerProps) {
  const isPhone = !Grid.useBreakpoint().md;
  const title = DRILL_DOWNS.find((d) => d.kind === kind)?.title ?? '';
  const base = `/api/creation-objects/${object.id}/indicators`;
  return (
    <Drawer open title={`${title}（${windowLabel}）`} size={isPhone ? '100%' : 760} onClose={onClose} destroyOnHidden>
      {kind === 'enterprises' && <Enterprises path={`${base}/enterprises?window=${windowIndex}`} />}
      {kind === 'events' && <Events path={`${base}/events?window=${windowIndex}`} />}
      {kind === 'divisions' && <Divisions path={`${base}/divisions?window=${windowIndex}`} />}
      {kind === 'serviceItems' && <ServiceItems path={`${base}/service-items?window=${windowIndex}`} />}
    </Drawer>
  );
}

const PAGE_SIZE = 20;

function Enterprises({ path }: { path: string }) {
  const [page, setPage] = useState(1);
  const loaded = useFetch<Page<ServedEnterprise>>(`${path}&page=${page}&pageSize=${PAGE_SIZE}`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  return (
    <>
      <Paragraph type="secondary">按统一社会信用代码计，同一企业多次服务只算一家；已作废的记录不计。按代码排列。</Paragraph>
      <Table<ServedEnterprise>
        rowKey="creditCode"
        size="small"
        loading={loaded.loading}
        dataSource={loaded.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: loaded.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共${total}家` }}
        columns={[
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '企业名称', dataIndex: 'name' },
          { title: '服务记录', dataIndex: 'records', render: (n: number) => `${n}条` },
          { title: '首次服务', dataIndex: 'firstServedOn' },
          { title: '最近服务', dataIndex: 'lastServedOn' },
        ]}
      />
    </>
  );
}

const EVENT_FILTERS = [
  { value: 'all', label: '全部' },
  { value: 'reaching', label: '达到15家' },
  { value: 'short', label: '不足15家' },
];

function Events({ path }: { path: string }) {
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState('all');
  const loaded = useFetch<EventPage>(`${path}&filter=${filter}&page=${page}&pageSize=${PAGE_SIZE}`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  const minimum = loaded.data?.minParticipants;
  return (
    <>
      {minimum !== null && (
        <>
          <Paragraph type="secondary">每场活动{minimum ?? 15}家以上企业参加才计入“年开展线下专题服务活动”的次数（附件1）。</Paragraph>
          <Segmented
            aria-label="活动筛选"
            value={filter}
            style={{ marginBottom: 12 }}
            onChange={(value) => {
              setFilter(String(value));
              setPage(1);
            }}
            options={EVENT_FILTERS}
          />
        </>
      )}
      <Table<EventItem>
        rowKey="id"
        size="small"
        loading={loaded.loading}
        dataSource={loaded.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: loaded.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共${total}场` }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '主题', dataIndex: 'topic' },
          { title: '参加企业', dataIndex: 'participantCount', render: (n: number) => `${n}家` },
          ...(minimum === null
            ? []
            : [{ title: '计入次数', key: 'reaching', render: (_: unknown, e: EventItem) => (e.isReaching ? <Tag color="success">计入</Tag> : <Tag color="warning">不足{minimum}家</Tag>) }]),
        ]}
      />
    </>
  );
}

function Divisions({ path }: { path: string }) {
  const loaded = useFetch<DivisionCoverage>(path);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  const coverage = loaded.data;
  return (
    <>
      <Paragraph>
        {coverage.regionName}的下一级行政区共{coverage.total}个，有服务企业的{coverage.covered}个。
      </Paragraph>
      <div className="division-grid" aria-label="行政区覆盖情况">
        {coverage.divisions.map((d) => (
          <div key={d.code}>
            <Tag color={d.isCovered ? 'success' : 'default'}>{d.isCovered ? '已覆盖' : '未覆盖'}</Tag>
            <Text>{d.name}</Text>
            {d.isCovered && <Text type="secondary">（{d.records}条）</Text>}
          </div>
        ))}
      </div>
      {coverage.outside.length > 0 && (
        <Paragraph type="secondary" style={{ marginTop: 16 }}>
          不在本区域下一级行政区内、未计入：{coverage.outside.map((o) => `${o.name}（${o.records}条）`).join('、')}
        </Paragraph>
      )}
      {coverage.unknown.length > 0 && (
        <Paragraph type="secondary">无法识别的区划代码、未计入：{coverage.unknown.map((u) => `${u.code}（${u.records}条）`).join('、')}</Paragraph>
      )}
    </>
  );
}

function ServiceItems({ path }: { path: string }) {
  const loaded = useFetch<ServiceItemDelivery>(path);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  const delivery = loaded.data;
  return (
    <>
      <Paragraph>
        本类平台的服务内容共{delivery.items.length}项，已提供{delivery.delivered}项。
      </Paragraph>
      <div className="division-grid" aria-label="服务内容提供情况">
        {delivery.items.map((i) => (
          <div key={i.item}>
            <Tag color={i.isDelivered ? 'success' : 'default'}>{i.isDelivered ? '已提供' : '未提供'}</Tag>
            <Text>{i.item}</Text>
          </div>
        ))}
      </div>
      {delivery.unlisted.length > 0 && (
        <Paragraph type="secondary" style={{ marginTop: 16 }}>
          不属于本类平台服务内容、未计入：{delivery.unlisted.map((u) => `${u.item}（${u.records}条）`).join('、')}
        </Paragraph>
      )}
    </>
  );
}
