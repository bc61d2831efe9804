// 创建期管理 (/workspace/creation-objects): the creation objects the person may see — the operator its own, a city
// its city's, the province and the auditors all (Art. 13) — in neutral order (division code, then name; Art. 8).
import { useState } from 'react';
import { Card, Flex, Grid, Select, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { CreationObjectList } from '../../../../src/contracts/indicators';
import { DATA_COLLECTING_STATES } from '../../../../src/domain/creation-data/collection-states';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { STATE_INFO } from '../../../../src/domain/lifecycle/states';
import { CARRIER_LABELS } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import { useSession } from '../workspace/session';
import './creation-objects.css';

const STATE_OPTIONS = [...DATA_COLLECTING_STATES, 'exited', 'creation_cancelled', 'revoked'].map((state) => ({ value: state, label: STATE_INFO[state as keyof typeof STATE_INFO].label }));
const CARRIER_OPTIONS = [
  { value: 'platform', label: '平台' },
  { value: 'base', label: '基地' },
];
const CITY_OPTIONS = CITIES.map((city) => ({ value: city.code, label: city.name }));

function listPath(filter: { state?: string | undefined; city?: string | undefined; carrier?: string | undefined }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/api/creation-objects?${text}` : '/api/creation-objects';
}

export const periodText = (object: CreationObjectSummary) => (object.period ? `${object.period.startsOn} 至 ${object.period.endsOn}` : '—');
const carrierText = (object: CreationObjectSummary) => CARRIER_LABELS[object.carrier];

export function CreationObjectsPage() {
  const { user } = useSession();
  const [state, setState] = useState<string>();
  const [city, setCity] = useState<string>();
  const [carrier, setCarrier] = useState<string>();
  const list = useFetch<CreationObjectList>(listPath({ state, city, carrier }));
  const isPhone = !Grid.useBreakpoint().md;
  const isOperator = user.role === 'applicant';
  const href = (object: CreationObjectSummary) => `/workspace/creation-objects/${object.id}`;

  return (
    <Card title={isOperator ? '本单位的创建对象' : '创建期管理'}>
      <Typography.Paragraph type="secondary">
        进入创建期的平台（基地）：服务数据、指标看板、数据质量提示和进展报告。按行政区划代码和名称排列（《办法》第八条，不作排名）。
      </Typography.Paragraph>
      {!isOperator && (
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select aria-label="状态" allowClear placeholder="全部状态" style={{ minWidth: 160 }} options={STATE_OPTIONS} value={state} onChange={setState} />
          <Select aria-label="载体类型" allowClear placeholder="平台和基地" style={{ minWidth: 140 }} options={CARRIER_OPTIONS} value={carrier} onChange={setCarrier} />
          {user.role !== 'city' && (
            <Select aria-label="地市" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部地市" style={{ minWidth: 140 }} options={CITY_OPTIONS} value={city} onChange={setCity} />
          )}
        </Flex>
      )}
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : isPhone ? (
        <ul aria-label="创建对象列表" className="creation-list">
          {list.data.items.length === 0 && <Typography.Text type="secondary">没有创建对象</Typography.Text>}
          {list.data.items.map((object) => (
            <li key={object.id}>
              <Link to={href(object)} className="creation-list-name">
                {object.name}
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {carrierText(object)} · {object.cityName} · 创建期 {periodText(object)}
                </Typography.Text>
              </div>
              <StateTag state={object.state} label={object.stateLabel} />
            </li>
          ))}
        </ul>
      ) : (
        <Table<CreationObjectSummary>
          rowKey="id"
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有创建对象' }}
          columns={[
            { title: '平台（基地）名称', dataIndex: 'name', render: (name: string, object) => <Link to={href(object)}>{name}</Link> },
            { title: '类型', key: 'carrier', width: 80, render: (_: unknown, object) => carrierText(object) },
            { title: '运营主体', dataIndex: 'organisationName' },
            { title: '地市', dataIndex: 'cityName', width: 100 },
            { title: '状态', dataIndex: 'state', width: 140, render: (_: string, object) => <StateTag state={object.state} label={object.stateLabel} /> },
            { title: '创建期', key: 'period', width: 220, render: (_: unknown, object) => periodText(object) },
          ]}
        />
      )}
    </Card>
  );
}
