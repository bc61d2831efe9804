import { Card, Empty, Skeleton } from 'antd';
import type { OrganisationDetail } from '../../../../src/contracts/organisations';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { OrganisationDescriptions } from './organisation-descriptions';
import { NOT_VISIBLE_TITLE } from './not-visible';

export function MyOrganisationPage() {
  const { user } = useSession();
  const id = user.organisationId;
  const detail = useFetch<OrganisationDetail>(id ? `/api/organisations/${encodeURIComponent(id)}` : null);

  return (
    <Card title="本单位信息">
      {!id ? (
        <Empty description="您的账号尚未关联运营主体" />
      ) : detail.error ? (
        <ErrorResult error={detail.error} notFoundTitle={NOT_VISIBLE_TITLE} onRetry={detail.reload} />
      ) : !detail.data ? (
        <Skeleton active />
      ) : (
        <OrganisationDescriptions organisation={detail.data} />
      )}
    </Card>
  );
}
