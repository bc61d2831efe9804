// One published annual call (/calls/:year), from GET /api/v1/calls/:year; a draft is never shown (404).
import { Button, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { PublicCallDetail } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { PublicCallDocument } from './public-call-document';

export function PublicCallPage() {
  const { year = '' } = useParams();
  const navigate = useNavigate();
  const detail = useFetch<PublicCallDetail>(`/api/v1/calls/${encodeURIComponent(year)}`);
  return (
    <PublicLayout>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate('/calls')}>
        全部年度通知
      </Button>
      {detail.error ? (
        <ErrorResult error={detail.error} notFoundTitle={`${year}年度创建工作通知尚未发布`} onRetry={detail.reload} />
      ) : !detail.data ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Title level={2} style={{ marginTop: 8 }}>
            {detail.data.title}
          </Typography.Title>
          <PublicCallDocument call={detail.data} />
        </>
      )}
    </PublicLayout>
  );
}
