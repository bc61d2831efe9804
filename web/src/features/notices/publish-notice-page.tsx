// 发布拟创建对象公示 (Art. 7(2)): choose the call, look at what the notice would list and its window (computed
// from the holiday calendar), then publish. Publishing moves every listed application to 公示.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { CallList } from '../../../../src/contracts/calls';
import type { CreationNoticePreview, PublicNoticeDetail } from '../../../../src/contracts/notices';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { NoticeEntries } from './notice-entries';

export function PublishNoticePage() {
  const calls = useFetch<CallList>('/api/calls');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [callId, setCallId] = useState<string | null>(null);
  const preview = useFetch<CreationNoticePreview>(callId ? `/api/calls/${callId}/creation-notices/preview` : null);
  const [title, setTitle] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const publish = async () => {
    if (!callId) return;
    setPublishing(true);
    setProblem(null);
    try {
      const notice = await api.post<PublicNoticeDetail>(`/api/calls/${callId}/creation-notices`, title.trim() ? { title: title.trim() } : {});
      void message.success('公示已发布');
      navigate(`/workspace/notices/${notice.id}`);
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setPublishing(false);
    }
  };

  const published = calls.data?.items.filter((c) => c.status === 'published') ?? [];
  return (
    <Card title="发布拟创建对象公示" extra={<LinkButton to="/workspace/notices">返回列表</LinkButton>}>
      {calls.error ? (
        <ErrorResult error={calls.error} onRetry={calls.reload} />
      ) : !calls.data ? (
        <Skeleton active />
      ) : (
        <Form layout="vertical">
          <Form.Item label="年度创建工作通知" required>
            <Select
              aria-label="年度创建工作通知"
              placeholder="请选择年度"
              value={callId}
              onChange={(value: string) => setCallId(value)}
              options={published.map((c) => ({ value: c.id, label: `${c.year}年度 ${c.title}` }))}
            />
          </Form.Item>
          {callId && preview.error && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={preview.error.message} />}
          {callId && !preview.error && !preview.data && <Skeleton active />}
          {preview.data && preview.data.callId === callId && (
            <>
              <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
                <Descriptions.Item label="发布日期">{preview.data.publishedOn}</Descriptions.Item>
                <Descriptions.Item label="公示期">
                  {preview.data.startsOn} 至 {preview.data.endsOn}（5个工作日）
                </Descriptions.Item>
                <Descriptions.Item label="异议核实期限">{preview.data.handlingDueOn}（公示期满后第10个工作日）</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5}>公示名单预览（共{preview.data.entries.length}个，按所在地区排列，不分先后）</Typography.Title>
              <NoticeEntries entries={preview.data.entries} stage="creation" />
              <Form.Item label="公示标题（可选，不填使用默认标题）" style={{ marginTop: 16 }}>
                <Input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
              </Form.Item>
              {problem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} />}
              <Space>
                <Button type="primary" loading={publishing} onClick={publish}>
                  发布
                </Button>
              </Space>
            </>
          )}
        </Form>
      )}
    </Card>
  );
}
