// The province's acceptance list: objects whose creation period ends within 60 days or has ended, and those applied
// for, under review or shortlisted, with their latest attempt and revision — in the neutral order (Art. 8: no
// ranking). Cards on phones, a table on larger screens.
import { useState } from 'react';
import { Card, Flex, Grid, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ACCEPTANCE_LIST_STATES, type AcceptanceList, type AcceptanceListItem } from '../../../../src/contracts/acceptance';
import { STATE_INFO } from '../../../../src/domain/lifecycle/states';
import { CARRIER_LABELS } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import './acceptance.css';

const STATE_OPTIONS = ACCEPTANCE_LIST_STATES.map((state) => ({ value: state, label: STATE_INFO[state].label }));
const href = (item: AcceptanceListItem) => `/workspace/acceptance/${item.object.id}`;

function periodEndText(item: AcceptanceListItem): string {
  if (item.daysToPeriodEnd > 0) return `${item.periodEndsOn}（${item.daysToPeriodEnd}天后届满）`;
  if (item.daysToPeriodEnd === 0) return `${item.periodEndsOn}（今日届满）`;
  return `${item.periodEndsOn}（已届满）`;
}

function attemptText(item: AcceptanceListItem): string {
  if (!item.attempt) return item.attemptStatusLabel;
  // A revision after the first: an upheld 拟认定公示 objection sent the attempt back to be decided again (Art. 7(4)).
  const again = item.revision && item.revision > 1 ? '（重新验收）' : '';
  return `第${item.attempt}次${again} · ${item.attemptStatusLabel}`;
}

function AttemptTag({ item }: { item: AcceptanceListItem }) {
  return <Tag color={item.attemptStatus ? 'processing' : 'default'}>{attemptText(item)}</Tag>;
}

export function AcceptanceListPage() {
  const [state, setState] = useState<string>();
  const list = useFetch<AcceptanceList>(state ? `/api/acceptance?state=${state}` : '/api/acceptance');
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Card title="评估验收">
      <Typography.Paragraph type="secondary">
        创建期满后，省工业和信息化厅对照认定标准和创建方案目标任务组织评估验收（《办法》第七条第三项）。列出创建期60天内届满或已届满、已申请验收、评估验收中和已确定为拟认定对象的平台（基地），按行政区划代码和名称排列，不作排名。
        {list.data && !list.data.canManage && '您可查阅，不能办理。'}
      </Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select aria-label="状态" allowClear placeholder="全部状态" style={{ minWidth: 180 }} options={STATE_OPTIONS} value={state} onChange={setState} />
      </Flex>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : isPhone ? (
        <ul aria-label="评估验收列表" className="acceptance-list">
          {list.data.items.length === 0 && <Typography.Text type="secondary">没有待评估验收的创建对象</Typography.Text>}
          {list.data.items.map((item) => (
            <li key={item.object.id}>
              <Link to={href(item)} className="acceptance-list-name">
                {item.object.name}
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {CARRIER_LABELS[item.object.carrier]} · {item.object.cityName} · 创建期至 {periodEndText(item)}
                </Typography.Text>
              </div>
              <Flex gap={4} wrap>
                <StateTag state={item.object.state} label={item.object.stateLabel} />
                <AttemptTag item={item} />
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Table<AcceptanceListItem>
          rowKey={(item) => item.object.id}
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有待评估验收的创建对象' }}
          columns={[
            { title: '平台（基地）名称', key: 'name', render: (_: unknown, item) => <Link to={href(item)}>{item.object.name}</Link> },
            { title: '类型', key: 'carrier', width: 70, render: (_: unknown, item) => CARRIER_LABELS[item.object.carrier] },
            { title: '地市', key: 'city', width: 90, render: (_: unknown, item) => item.object.cityName },
            { title: '创建期届满', key: 'endsOn', width: 210, render: (_: unknown, item) => periodEndText(item) },
            { title: '状态', key: 'state', width: 120, render: (_: unknown, item) => <StateTag state={item.object.state} label={item.object.stateLabel} /> },
            { title: '验收', key: 'attempt', width: 170, render: (_: unknown, item) => <AttemptTag item={item} /> },
          ]}
        />
      )}
    </Card>
  );
}
