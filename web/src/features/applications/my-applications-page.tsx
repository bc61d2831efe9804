// 我的申报 (applicant): the organisation's applications and the way into a new one (Art. 7(1)).
import { useState } from 'react';
import { App, Button, Card, Flex, Modal, Select, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { ApplicationDetail, ApplicationList, ApplicationSummary } from '../../../../src/contracts/applications';
import type { CallList } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { formatTime, isEditable, StateTag } from './application-shared';

const { Paragraph, Text } = Typography;

export function MyApplicationsPage() {
  const list = useFetch<ApplicationList>('/api/applications');
  return (
    <Card title="我的申报" extra={<NewApplicationButton />}>
      <Paragraph type="secondary">
        运营主体按年度创建工作通知申报创建示范平台（基地），提交至所在地市中小企业主管部门初审（《办法》第七条）。申报不收取任何费用，也无需提交汇报PPT或视频。
      </Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : list.data.items.length === 0 ? (
        <Text type="secondary">尚无申报。点击“新建申报”开始填写。</Text>
      ) : (
        <ul aria-label="我的申报" className="app-list">
          {list.data.items.map((item) => (
            <ApplicationItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ApplicationItem({ item }: { item: ApplicationSummary }) {
  return (
    <li>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Link to={`/workspace/applications/${item.id}`} className="app-list-name">
            {item.name || '（未命名的申报）'}
          </Link>
          <div>
            <Text type="secondary">
              {item.callYear}年度 · {item.applicationNumber ?? '提交后生成申报编号'} · 更新于{formatTime(item.updatedAt)}
            </Text>
          </div>
        </div>
        <Flex gap={8} align="center">
          <StateTag state={item.state} label={item.stateLabel} />
          {isEditable(item.state) && <Link to={`/workspace/applications/${item.id}/edit`}>继续填写</Link>}
        </Flex>
      </Flex>
    </li>
  );
}

/** Choose a published call and start a draft; the server refuses closed calls and ineligible organisations. */
function NewApplicationButton() {
  const [open, setOpen] = useState(false);
  const [callId, setCallId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const calls = useFetch<CallList>(open ? '/api/calls' : null);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const options = (calls.data?.items ?? [])
    .filter((call) => call.status === 'published')
    .map((call) => ({ value: call.id, label: `${call.year}年度（申报时间 ${call.opensOn} 至 ${call.closesOn}）` }));

  const create = async () => {
    if (!callId) return;
    setCreating(true);
    try {
      const created = await api.post<ApplicationDetail>('/api/applications', { callId });
      navigate(`/workspace/applications/${created.id}/edit`);
    } catch (caught) {
      void message.error(toApiError(caught).message, 8);
    } finally {
      setCreating(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        新建申报
      </Button>
      <Modal title="新建申报" open={open} onCancel={() => setOpen(false)} onOk={create} okText="开始填写" okButtonProps={{ disabled: !callId, loading: creating }} cancelText="取消">
        <Paragraph>请选择要申报的年度创建工作通知：</Paragraph>
        <Select aria-label="年度创建工作通知" style={{ width: '100%' }} placeholder="请选择" loading={calls.loading} options={options} value={callId} onChange={setCallId} notFoundContent="暂无已发布的年度通知" />
        <Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          运营主体应为政府、国有企事业单位或中小企业公共服务机构，分支机构及列入严重失信主体名单的单位不得申报；平台（基地）应运营3年以上（《办法》第五条）。
        </Paragraph>
      </Modal>
    </>
  );
}
