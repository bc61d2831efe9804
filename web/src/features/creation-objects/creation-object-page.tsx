// 创建对象 (/workspace/creation-objects/:id): the header of one creation object and its tabs (creation-object-tabs.tsx):
// what the data say, how data come in, and the half-year reports. Another city's or organisation's object is
// "not found" (the server answers 404).
import { Card, Flex, Tabs, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { PageLoading } from '../../components/page-loading';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import { CREATION_OBJECT_TABS } from './creation-object-tabs';
import { periodText } from './creation-objects-page';
import './creation-objects.css';

const { Text, Title } = Typography;

export function CreationObjectPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const loaded = useFetch<CreationObjectSummary>(`/api/creation-objects/${id}`);
  if (loaded.error) {
    return <ErrorResult error={loaded.error} onRetry={loaded.reload} notFoundTitle="未找到该创建对象，或您无权查看" extra={<LinkButton to="/workspace/creation-objects">返回创建期管理</LinkButton>} />;
  }
  if (!loaded.data) return <PageLoading />;
  const object = loaded.data;
  const tabs = CREATION_OBJECT_TABS.filter((tab) => tab.isVisible(object));
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? (search.get('tab') as string) : tabs[0]?.key;
  const kind = object.carrier === 'platform' && object.platformKind ? PLATFORM_KIND_LABELS[object.platformKind] : CARRIER_LABELS[object.carrier];
  return (
    <div className="creation-object">
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Title level={4} style={{ margin: 0 }}>
            {object.name}
          </Title>
          <StateTag state={object.state} label={object.stateLabel} />
        </Flex>
        <Text type="secondary" style={{ display: 'block' }}>
          {kind} · 申报编号 {object.applicationNumber ?? '—'} · {object.callYear}年度
        </Text>
        <Text style={{ display: 'block' }}>运营主体：{object.organisationName}</Text>
        <Text style={{ display: 'block' }}>
          服务区域：{object.regionName} · 所在地市：{object.cityName}
        </Text>
        <Text style={{ display: 'block' }}>创建期：{periodText(object)}</Text>
      </Card>
      <Card>
        {/* Hidden tabs are unmounted, so a tab opened after an import or a correction fetches the figures afresh. */}
        <Tabs
          destroyOnHidden
          activeKey={active}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={tabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.render({ object, onChanged: loaded.reload }) }))}
        />
      </Card>
    </div>
  );
}
