// One notice in the workspace: its entries with their current state, the objections and their decisions, and the
// confirmation of the creation objects once the window is over and every objection decided (Art. 7(2)).
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import type { ConfirmationResult, NoticeAdminDetail, NoticeAdminEntry, ObjectionAdminView } from '../../../../src/contracts/notices';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { ObjectionCounts } from './notices-page';
import { NoticeEntries } from './notice-entries';
import { ObjectionItem } from './objection-item';

const StateTag = ({ entry }: { entry: NoticeAdminEntry }) => (
  <Space wrap size={4}>
    <Tag color={entry.state === 'creating' ? 'green' : entry.state === 'withdrawn' ? 'red' : 'blue'}>{entry.stateLabel}</Tag>
    {entry.unresolvedObjections > 0 && <Tag color="gold">待核实异议 {entry.unresolvedObjections}</Tag>}
    {entry.state === 'creating' && entry.creationPeriodEndsOn && <span>创建期至{entry.creationPeriodEndsOn}</span>}
  </Space>
);

export function NoticeAdminPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const detail = useFetch<NoticeAdminDetail>(`/api/notices/${encodeURIComponent(id)}`);
  const objections = useFetch<ObjectionAdminView[]>(`/api/notices/${encodeURIComponent(id)}/objections`);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ConfirmationResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const isProvince = user.role === 'province';
  const reload = () => {
    detail.reload();
    objections.reload();
  };

  const confirm = async () => {
    setConfirming(true);
    setProblem(null);
    try {
      const confirmed = await api.post<ConfirmationResult>(`/api/notices/${id}/confirm`, {});
      setResult(confirmed);
      void message.success(`已确定${confirmed.confirmed.length}个创建对象`);
      reload();
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setConfirming(false);
    }
  };

  const notice = detail.data;
  if (detail.error) return <ErrorResult error={detail.error} notFoundTitle="该公示不存在" onRetry={detail.reload} />;
  if (!notice) return <Skeleton active />;
  const blocked = notice.confirmBlockedReason;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={notice.title} extra={<LinkButton to="/workspace/notices">返回列表</LinkButton>}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="发布日期">{notice.publishedOn}</Descriptions.Item>
          <Descriptions.Item label="公示期">
            {notice.startsOn} 至 {notice.endsOn}
          </Descriptions.Item>
          <Descriptions.Item label="异议核实期限">{notice.handlingDueOn}</Descriptions.Item>
          <Descriptions.Item label="异议">
            <ObjectionCounts notice={notice} />
          </Descriptions.Item>
        </Descriptions>
        <NoticeEntries<NoticeAdminEntry>
          entries={notice.entries}
          stage={notice.stage}
          extraColumns={[{ key: 'state', title: '当前状态', width: 170, render: (_v, entry) => <StateTag entry={entry} /> }]}
          extraLines={(entry) => <StateTag entry={entry} />}
        />
        <Space wrap style={{ marginTop: 16 }}>
          <Button icon={<DownloadOutlined />} href={`/api/v1/notices/${notice.id}/document.docx`}>
            下载公示文件
          </Button>
          {isProvince && notice.stage === 'certification' && <LinkButton to="/workspace/certification">前往认定管理发文公告</LinkButton>}
          {isProvince && notice.stage === 'creation' && (
            <Tooltip title={blocked}>
              <Button type="primary" disabled={blocked !== null} loading={confirming} onClick={confirm}>
                确认创建对象
              </Button>
            </Tooltip>
          )}
        </Space>
        {isProvince && notice.stage === 'creation' && blocked && <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{blocked}</Typography.Paragraph>}
        {problem && <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={problem} />}
        {result && result.confirmed.length > 0 && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            title="已确定为创建对象，进入2年创建期"
            description={result.confirmed.map((c) => `${c.name}：创建期至${c.creationPeriodEndsOn}`).join('；')}
          />
        )}
      </Card>
      <Card title="异议">
        {objections.error ? (
          <ErrorResult error={objections.error} onRetry={objections.reload} />
        ) : !objections.data ? (
          <Skeleton active />
        ) : objections.data.length === 0 ? (
          <Typography.Text type="secondary">尚未收到异议</Typography.Text>
        ) : (
          objections.data.map((o) => <ObjectionItem key={o.id} objection={o} canDecide={isProvince} onDecided={reload} />)
        )}
      </Card>
    </Space>
  );
}
