import { Card, Empty, Flex, Spin } from 'antd';
import { Link } from 'react-router-dom';
import type { OrganisationSummary } from '../../../../src/contracts/organisations';
import { OrganisationStatusTags } from './organisation-status-tags';

interface OrganisationCardsProps {
  items: OrganisationSummary[];
  loading: boolean;
  emptyText: string;
}

/** The phone-width form of the organisation table: one card per organisation, nothing wider than the screen. */
export function OrganisationCards({ items, loading, emptyText }: OrganisationCardsProps) {
  if (items.length === 0 && !loading) return <Empty description={emptyText} />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} role="list" aria-label="运营主体列表">
        {items.map((o) => (
          <Card
            key={o.id}
            size="small"
            role="listitem"
            title={
              <Link to={`/workspace/organisations/${o.id}`} style={{ whiteSpace: 'normal' }}>
                {o.name}
              </Link>
            }
          >
            <div style={{ fontFamily: 'monospace' }}>{o.creditCode}</div>
            <div>{o.operatorKindLabel}</div>
            <div>
              {o.cityName} · {o.countyName} · 成立于 {o.establishedOn}
            </div>
            <OrganisationStatusTags organisation={o} />
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
