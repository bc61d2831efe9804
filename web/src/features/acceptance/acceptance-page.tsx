// 评估验收 (F5 item 1; Art. 7(3)): the province's list of creation objects due for acceptance and their reviews
// (/workspace/acceptance), and one object's acceptance (/workspace/acceptance/:id). Auditors read both.
import { Card, Flex, Typography } from 'antd';
import { Route, Routes, useParams } from 'react-router-dom';
import type { AcceptanceView } from '../../../../src/contracts/acceptance';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { PageLoading } from '../../components/page-loading';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import { acceptancePath } from './acceptance-api';
import { AcceptanceDetail } from './acceptance-detail';
import { AcceptanceListPage } from './acceptance-list';

export function AcceptancePage() {
  return (
    <Routes>
      <Route index element={<AcceptanceListPage />} />
      <Route path=":id" element={<AcceptanceObjectPage />} />
    </Routes>
  );
}

function AcceptanceObjectPage() {
  const { id = '' } = useParams();
  const loaded = useFetch<AcceptanceView>(acceptancePath(id));
  const back = <LinkButton to="/workspace/acceptance">返回评估验收</LinkButton>;
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} notFoundTitle="未找到该创建对象，或您无权查看" extra={back} />;
  if (!loaded.data) return <PageLoading />;
  const { object } = loaded.data;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {object.name}
          </Typography.Title>
          <StateTag state={object.state} label={object.stateLabel} />
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {object.organisationName} · {object.cityName} · 创建期 {object.period ? `${object.period.startsOn} 至 ${object.period.endsOn}` : '—'}
        </Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {back}
          <LinkButton to={`/workspace/creation-objects/${object.id}`}>查看指标看板和创建期数据</LinkButton>
        </Flex>
      </Card>
      <AcceptanceDetail view={loaded.data} onChanged={loaded.reload} />
    </Flex>
  );
}
