// 申报详情 (/workspace/applications/:id): the one read-only page of an application for every role that may read it,
// with the action panels of the viewer's role on top (action-panels.tsx).
import { Card, Flex, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { ACTION_PANELS } from './action-panels';
import { StateTag } from './application-shared';
import { ContentSection, EvaluationSection, HistorySection, MaterialsSection, PlanSection, VersionsSection } from './application-sections';
import './applications.css';

const { Text, Title } = Typography;

export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const loaded = useFetch<ApplicationDetail>(`/api/applications/${id}`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} notFoundTitle="未找到该申报" />;
  if (!loaded.data) return <PageLoading />;
  const application = loaded.data;
  const panels = ACTION_PANELS.filter((panel) => panel.roles.includes(user.role));
  return (
    <div className="application-detail">
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Title level={4} style={{ margin: 0 }}>
            {application.name || '（未命名的申报）'}
          </Title>
          <StateTag state={application.state} label={application.stateLabel} />
        </Flex>
        <Text type="secondary">
          申报编号：{application.applicationNumber ?? '提交后生成'} · {application.call.year}年度 · {application.organisationName}
        </Text>
        <PeriodLine periods={application.periods} />
      </Card>
      {panels.map((panel) => (
        <div key={panel.key}>{panel.render(application, loaded.reload)}</div>
      ))}
      <ContentSection application={application} />
      <PlanSection application={application} />
      <EvaluationSection application={application} />
      <MaterialsSection application={application} />
      <VersionsSection application={application} />
      <HistorySection application={application} />
    </div>
  );
}

/** The period now running: the 公示 window's last day, or the creation period's (Art. 7(2)(3)). */
function PeriodLine({ periods }: { periods: ApplicationDetail['periods'] }) {
  if (periods.publicityEndsOn) return <Text style={{ display: 'block' }}>公示期至{periods.publicityEndsOn}（含当日）</Text>;
  if (periods.creationPeriodEndsOn) {
    return (
      <Text style={{ display: 'block' }}>
        创建期至{periods.creationPeriodEndsOn}
        {periods.isExtended ? '（已延长1年）' : ''}
      </Text>
    );
  }
  return null;
}
