import { Card, Form, Grid, Input, Pagination, Skeleton, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { OrganisationSummary, Page } from '../../../../src/contracts/organisations';
import { ErrorResult } from '../../components/error-result';
import { LinkedTable } from '../../components/linked-table';
import { useFetch } from '../../lib/use-fetch';
import { OrganisationCards } from './organisation-cards';
import { OrganisationStatusTags } from './organisation-status-tags';

const PAGE_SIZE = 20;

const columns: TableColumnsType<OrganisationSummary> = [
  { key: 'creditCode', title: '统一社会信用代码', dataIndex: 'creditCode', width: 190 },
  {
    key: 'name',
    title: '单位名称',
    dataIndex: 'name',
    render: (_value, o) => (
      <>
        <Link to={`/workspace/organisations/${o.id}`} onClick={(e) => e.stopPropagation()}>
          {o.name}
        </Link>{' '}
        <OrganisationStatusTags organisation={o} />
      </>
    ),
  },
  { key: 'operatorKind', title: '运营主体类型', dataIndex: 'operatorKindLabel' },
  { key: 'city', title: '地市', dataIndex: 'cityName', width: 90 },
  { key: 'county', title: '区县（镇街）', dataIndex: 'countyName', width: 120 },
  { key: 'establishedOn', title: '成立日期', dataIndex: 'establishedOn', width: 110 },
];

export function OrganisationListPage() {
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}) });
  const list = useFetch<Page<OrganisationSummary>>(`/api/organisations?${query.toString()}`);

  const go = (next: { page?: number; q?: string }) => {
    const nextQ = next.q ?? q;
    const nextPage = next.page ?? page;
    setParams({ ...(nextQ ? { q: nextQ } : {}), ...(nextPage > 1 ? { page: String(nextPage) } : {}) });
  };
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: list.data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => `共 ${total} 家`,
    onChange: (nextPage: number) => go({ page: nextPage }),
  };

  return (
    <Card title="运营主体">
      <Form layout="inline" name="organisation-search" initialValues={{ q }} key={q} style={{ marginBottom: 16 }}>
        <Form.Item label="搜索" name="q" style={{ flex: '1 1 260px', marginInlineEnd: 0, maxWidth: 480 }}>
          <Input.Search
            placeholder="单位名称或统一社会信用代码"
            allowClear
            enterButton="搜索"
            maxLength={50}
            onSearch={(value) => go({ q: value.trim(), page: 1 })}
          />
        </Form.Item>
      </Form>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : screens.md ? (
        <LinkedTable<OrganisationSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={pagination}
          hrefOf={(o) => `/workspace/organisations/${o.id}`}
          locale={{ emptyText: q ? '没有符合条件的运营主体' : '暂无运营主体' }}
        />
      ) : !list.data ? (
        <Skeleton active />
      ) : (
        <>
          <OrganisationCards items={list.data.items} loading={list.loading} emptyText={q ? '没有符合条件的运营主体' : '暂无运营主体'} />
          {list.data.total > PAGE_SIZE && <Pagination simple {...pagination} style={{ marginTop: 16, textAlign: 'center' }} />}
        </>
      )}
    </Card>
  );
}
