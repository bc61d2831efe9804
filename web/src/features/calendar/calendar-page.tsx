import { Card, Flex, Grid, Skeleton, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { CalendarYearList, CalendarYearVersion } from '../../../../src/contracts/calendar';
import { ErrorResult } from '../../components/error-result';
import { LinkedTable } from '../../components/linked-table';
import { LinkButton } from '../../components/link-button';
import { useFetch } from '../../lib/use-fetch';
import { PublicityWindowTool } from './publicity-window-tool';

export const publishedAt = (iso: string) => iso.slice(0, 10);

const columns: TableColumnsType<CalendarYearVersion> = [
  { key: 'year', title: '年份', dataIndex: 'year', width: 90, render: (year: number) => <Link to={`/workspace/calendar/${year}`}>{year}年</Link> },
  { key: 'version', title: '现行版本', dataIndex: 'version', width: 100, render: (version: number) => `第${version}版` },
  { key: 'holidayCount', title: '放假天数', dataIndex: 'holidayCount', width: 100 },
  { key: 'workdayCount', title: '调休上班', dataIndex: 'workdayCount', width: 100 },
  { key: 'source', title: '来源', dataIndex: 'source' },
  { key: 'createdAt', title: '录入日期', dataIndex: 'createdAt', width: 120, render: publishedAt },
];

export function CalendarPage() {
  const list = useFetch<CalendarYearList>('/api/calendar/years');
  const screens = Grid.useBreakpoint();
  const inForce = list.data?.items.filter((item) => item.isInForce) ?? [];
  const versionsOf = (year: number) => list.data?.items.filter((item) => item.year === year).length ?? 0;
  // The year to enter next: the one after the latest with a schedule.
  const nextYear = inForce.length > 0 ? Math.max(...inForce.map((item) => item.year)) + 1 : null;

  return (
    <>
      <PublicityWindowTool />
      <Card
        title="节假日安排"
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to={`/workspace/calendar/publish${nextYear ? `?year=${nextYear}` : ''}`}>
            发布节假日安排
          </LinkButton>
        }
      >
        <Typography.Paragraph type="secondary">
          工作日按国务院办公厅每年发布的节假日安排（含调休）计算。未录入安排的年份无法计算公示期，请在每年通知发布后及时录入；已发布的安排不可修改，更正时发布新版本。
        </Typography.Paragraph>
        {list.error ? (
          <ErrorResult error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <Skeleton active />
        ) : screens.md ? (
          <LinkedTable<CalendarYearVersion>
            rowKey="year"
            columns={columns}
            dataSource={inForce}
            pagination={false}
            hrefOf={(item) => `/workspace/calendar/${item.year}`}
          />
        ) : (
          <ul aria-label="各年节假日安排" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {inForce.map((item) => (
              <li key={item.year} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Flex justify="space-between" align="center" gap={12}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{item.year}年</Typography.Text> <Tag>第{item.version}版</Tag>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      放假{item.holidayCount}天，调休上班{item.workdayCount}天{versionsOf(item.year) > 1 ? `，共${versionsOf(item.year)}个版本` : ''}
                    </Typography.Paragraph>
                  </div>
                  <Link to={`/workspace/calendar/${item.year}`} aria-label={`查看${item.year}年节假日安排`}>
                    查看 <RightOutlined />
                  </Link>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
