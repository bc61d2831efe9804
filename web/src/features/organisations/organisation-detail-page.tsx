import { Button, Card, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { OrganisationDetail } from '../../../../src/contracts/organisations';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { useFetch } from '../../lib/use-fetch';
import { NOT_VISIBLE_TITLE } from './not-visible';
import { OrganisationDescriptions } from './organisation-descriptions';


export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useFetch<OrganisationDetail>(`/api/organisations/${encodeURIComponent(id)}`);
  // Going back keeps the list's page and search; a page opened directly has nothing inside the app to go back to.
  const goBack = () => {
    const state: unknown = window.history.state;
    const index = typeof state === 'object' && state !== null && 'idx' in state ? Number(state.idx) : 0;
    if (index > 0) navigate(-1);
    else navigate('/workspace/organisations');
  };

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={goBack}>
        返回
      </Button>
      {detail.error ? (
        <Card>
          <ErrorResult
            error={detail.error}
            notFoundTitle={NOT_VISIBLE_TITLE}
            onRetry={detail.reload}
            extra={<LinkButton to="/workspace/organisations">返回运营主体列表</LinkButton>}
          />
        </Card>
      ) : detail.loading || !detail.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Card title={<Typography.Text strong>运营主体详情</Typography.Text>}>
          <OrganisationDescriptions organisation={detail.data} />
        </Card>
      )}
    </>
  );
}
