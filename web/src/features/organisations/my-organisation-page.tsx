import { Card, Empty, Flex, Skeleton } from 'antd';
import type { OrganisationDetail } from '../../../../src/contracts/organisations';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { OrganisationDescriptions } from './organisation-descriptions';
import { NOT_VISIBLE_TITLE } from './not-visible';
import { PublicContactCard } from './public-contact-card';

export function MyOrganisationPage() {
  const { user } = useSession();
  const id = user.organisationId;
  const detail = useFetch<OrganisationDetail>(id ? `/api/organisations/${encodeURIComponent(id)}` : null);

  return (
    <Flex vertical gap={16}>
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
      {id && detail.data && <PublicContactCard organisationId={id} />}
    </Flex>
  );
}
