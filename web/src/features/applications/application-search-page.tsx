// 申报查询 (province, auditor): every submitted application in the reach of the viewer, by call and state, in
// neutral order (division code, then name; Art. 8), each opening the shared read-only detail page.
import { useState } from 'react';
import { Card, Flex, Grid, Select, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ApplicationList, ApplicationSummary } from '../../../../src/contracts/applications';
import type { CallList } from '../../../../src/contracts/calls';
import { divisionName } from '../../../../src/domain/divisions/divisions';
import { STATE_INFO, STATES } from '../../../../src/domain/lifecycle/states';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from './application-shared';

// Drafts are the applicant's own (never listed for others), so they are not offered as a filter.
const STATE_OPTIONS = STATES.filter((state) => state !== 'draft').map((state) => ({ value: state, label: STATE_INFO[state].label }));

function searchPath(callId: string | undefined, state: string | undefined): string {
  const query = new URLSearchParams();
  if (callId) query.set('callId', callId);
  if (state) query.set('state', state);
  const text = query.toString();
  return text ? `/api/applications?${text}` : '/api/applications';
}

const place = (item: ApplicationSummary) => [divisionName(item.cityCode), divisionName(item.countyCode)].filter(Boolean).join(' ');

export function ApplicationSearchPage() {
  const [callId, setCallId] = useState<string>();
  const [state, setState] = useState<string>();
  const calls = useFetch<CallList>('/api/calls');
  const list = useFetch<ApplicationList>(searchPath(callId, state));
  const isPhone = !Grid.useBreakpoint().md;
  const callOptions = (calls.data?.items ?? []).filter((call) => call.status === 'published').map((call) => ({ value: call.id, label: `${call.year}年度` }));

  return (
    <Card title="申报查询">
      <Typography.Paragraph type="secondary">已提交的申报，按行政区划代码和名称排列（《办法》第八条，不作排名）。草稿属申报单位所有，不在此列。</Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select aria-label="年度" allowClear placeholder="全部年度" style={{ minWidth: 160 }} options={callOptions} value={callId} onChange={setCallId} />
        <Select aria-label="申报状态" allowClear placeholder="全部状态" style={{ minWidth: 220 }} options={STATE_OPTIONS} value={state} onChange={setState} />
      </Flex>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : isPhone ? (
        <ul aria-label="申报列表" className="app-list">
          {list.data.items.length === 0 && <Typography.Text type="secondary">没有符合条件的申报</Typography.Text>}
          {list.data.items.map((item) => (
            <li key={item.id}>
              <Link to={`/workspace/applications/${item.id}`} className="app-list-name">
                {item.name}
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {item.applicationNumber} · {item.organisationName} · {place(item)}
                </Typography.Text>
              </div>
              <StateTag state={item.state} label={item.stateLabel} />
            </li>
          ))}
        </ul>
      ) : (
        <Table<ApplicationSummary>
          rowKey="id"
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有符合条件的申报' }}
          columns={[
            { title: '申报编号', dataIndex: 'applicationNumber', width: 190 },
            { title: '平台（基地）名称', dataIndex: 'name', render: (name: string, item) => <Link to={`/workspace/applications/${item.id}`}>{name}</Link> },
            { title: '运营主体', dataIndex: 'organisationName' },
            { title: '所在地', key: 'place', width: 150, render: (_: unknown, item) => place(item) },
            { title: '状态', dataIndex: 'state', width: 200, render: (_: string, item) => <StateTag state={item.state} label={item.stateLabel} /> },
          ]}
        />
      )}
    </Card>
  );
}
