import { Button, Card, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { CallDetail } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { CallDiffTable } from './call-diff-table';
import { CallDocument, documentOf } from './call-document';
import { CallEditor } from './call-editor';
import { toCallFormValues } from './call-values';
import { StatusTag } from './calls-page';

/** One call: a draft opens in the editor, a published call is shown as issued; both with the diff to last year. */
export function CallPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useFetch<CallDetail>(`/api/calls/${encodeURIComponent(id)}`);
  const call = detail.data;

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/calls')}>
        返回年度创建通知
      </Button>
      {detail.error ? (
        <Card>
          <ErrorResult error={detail.error} onRetry={detail.reload} />
        </Card>
      ) : !call ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Card
          title={
            <Space wrap>
              <span>{call.year}年度创建工作通知</span>
              <StatusTag status={call.status} />
            </Space>
          }
          style={{ maxWidth: 900 }}
        >
          {call.diff ? (
            <CallDiffTable previousYear={call.diff.previousYear} changes={call.diff.changes} />
          ) : (
            <Typography.Paragraph type="secondary">没有{call.year - 1}年度的已发布通知可供对比。</Typography.Paragraph>
          )}
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {call.title}
          </Typography.Title>
          {call.status === 'draft' ? (
            <CallEditor key={call.updatedAt} id={call.id} initial={toCallFormValues(call)} onChanged={detail.reload} />
          ) : (
            <CallDocument call={documentOf(call)} />
          )}
        </Card>
      )}
    </>
  );
}
