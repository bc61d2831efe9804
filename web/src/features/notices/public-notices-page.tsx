// 公示公告 (/notices): the notices published on the department's site (Art. 7(2)(4)), newest first.
import { Card, Empty, Flex, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { NOTICE_STAGE_LABELS, type PublicNoticeSummary } from '../../../../src/contracts/notices';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';

export function PublicNoticesPage() {
  const list = useFetch<PublicNoticeSummary[]>('/api/v1/notices');
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        公示公告
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        拟创建对象和拟认定对象在本网站公示5个工作日。公示期内，任何单位和个人均可实名对公示对象提出异议。
      </Typography.Paragraph>
      <LinkButton type="link" style={{ paddingInline: 0, marginBottom: 12 }} to="/notices/objection-status">
        查询异议处理情况
      </LinkButton>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <PageLoading />
      ) : list.data.length === 0 ? (
        <Empty description="暂无公示" />
      ) : (
        <Flex vertical gap={12}>
          {list.data.map((notice) => (
            <Card key={notice.id} size="small">
              <Link to={`/notices/${notice.id}`}>
                <Flex justify="space-between" align="center" gap={12}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{notice.title}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {NOTICE_STAGE_LABELS[notice.stage]} · 公示期 {notice.startsOn} 至 {notice.endsOn} · 共{notice.entryCount}个 · 发布于{notice.publishedOn}
                    </Typography.Paragraph>
                  </div>
                  <RightOutlined />
                </Flex>
              </Link>
            </Card>
          ))}
        </Flex>
      )}
    </PublicLayout>
  );
}
