import { Button, Card, Descriptions, Empty, Select, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { CalendarYearDetail } from '../../../../src/contracts/calendar';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { useFetch } from '../../lib/use-fetch';
import { publishedAt } from './calendar-page';
import { chineseDate, chineseRange, toRanges } from './date-ranges';

const LIST_STYLE = { margin: '0 0 16px', paddingInlineStart: 20, lineHeight: 2 };

export function CalendarYearPage() {
  const { year = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const version = params.get('version');
  const detail = useFetch<CalendarYearDetail>(`/api/calendar/years/${encodeURIComponent(year)}${version ? `?version=${encodeURIComponent(version)}` : ''}`);
  const data = detail.data;

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/calendar')}>
        返回节假日安排
      </Button>
      {detail.error ? (
        <Card>
          <ErrorResult
            error={detail.error}
            notFoundTitle={`尚未录入${year}年的节假日安排`}
            onRetry={detail.reload}
            extra={<LinkButton to={`/workspace/calendar/publish?year=${encodeURIComponent(year)}`}>录入该年安排</LinkButton>}
          />
        </Card>
      ) : detail.loading || !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Card
          title={`${data.year}年节假日安排`}
          extra={
            <LinkButton icon={<EditOutlined />} to={`/workspace/calendar/publish?year=${data.year}`}>
              发布更正版本
            </LinkButton>
          }
        >
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="版本">
              <Select
                aria-label="版本"
                size="small"
                value={data.version}
                style={{ minWidth: 180 }}
                onChange={(next: number) => setParams(next === data.versions[0]?.version ? {} : { version: String(next) })}
                options={data.versions.map((v) => ({ value: v.version, label: `第${v.version}版${v.isInForce ? '（现行）' : ''} · ${publishedAt(v.createdAt)}` }))}
              />{' '}
              {data.isInForce ? <Tag color="green">现行</Tag> : <Tag>已被第{data.versions[0]?.version}版取代</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="来源">{data.source}</Descriptions.Item>
            <Descriptions.Item label="发布说明">{data.note}</Descriptions.Item>
            <Descriptions.Item label="发布人">{data.createdByName ?? '系统初始数据'}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>放假（{data.holidays.length}天）</Typography.Title>
          <ul style={LIST_STYLE} aria-label="放假日期">
            {toRanges(data.holidays).map((range) => (
              <li key={range.from}>{chineseRange(range)}</li>
            ))}
          </ul>
          <Typography.Title level={5}>调休上班（{data.workdays.length}天）</Typography.Title>
          {data.workdays.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年无调休上班日" />
          ) : (
            <ul style={LIST_STYLE} aria-label="调休上班日期">
              {data.workdays.map((day) => (
                <li key={day}>{chineseDate(day)}</li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
