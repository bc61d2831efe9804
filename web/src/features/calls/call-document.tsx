import { Descriptions, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CallDetail, PublicCallDetail } from '../../../../src/contracts/calls';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { findStandardSet } from '../../../../src/domain/standards/standard-sets';
import { formatDate } from '../../lib/format-date-time';


export type CallDocumentData = Omit<PublicCallDetail, 'publishedOn'> & { publishedOn: string | null };

/** The province's view of a call in the same shape the public API gives. */
export function documentOf(call: CallDetail): CallDocumentData {
  const criteria = findStandardSet(call.standardVersion)?.planCriteria ?? [];
  return {
    ...call,
    // The same Asia/Shanghai date the public API gives, whatever the browser's time zone.
    publishedOn: call.publishedAt ? formatDate(call.publishedAt) : null,
    cityCaps: CITIES.filter((c) => call.cityCaps[c.code] !== undefined).map((c) => ({ cityCode: c.code, cityName: c.name, cap: call.cityCaps[c.code] as number })),
    criterionWeights: criteria.map((c) => ({ code: c.code, name: c.name, weight: call.criterionWeights[c.code] ?? 0 })),
  };
}

/** A call as a reader sees it: text, quota, window, caps, the standard version and the criterion weights. */
export function CallDocument({ call }: { call: CallDocumentData }) {
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="年度创建数量">{call.creationQuota}个</Descriptions.Item>
        <Descriptions.Item label="申报期">
          {call.opensOn} 至 {call.closesOn}（截止日当天24时前提交有效）
        </Descriptions.Item>
        <Descriptions.Item label="初审截止日">{call.cityReviewDeadline}</Descriptions.Item>
        <Descriptions.Item label="执行标准">
          <Link to="/standards">{call.standardVersion}</Link>
        </Descriptions.Item>
        {call.publishedOn && <Descriptions.Item label="发布日期">{call.publishedOn}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={4}>通知正文</Typography.Title>
      {call.text.split(/\n+/).map((paragraph, index) => (
        <Typography.Paragraph key={index}>{paragraph}</Typography.Paragraph>
      ))}
      <Typography.Title level={4}>各地市推荐名额</Typography.Title>
      {call.cityCaps.length === 0 ? (
        <Typography.Paragraph type="secondary">本年度不对各地市推荐数量设上限。</Typography.Paragraph>
      ) : (
        <Table
          rowKey="cityCode"
          size="small"
          pagination={false}
          style={{ maxWidth: 360, marginBottom: 16 }}
          dataSource={call.cityCaps}
          columns={[
            { key: 'cityName', title: '地市', dataIndex: 'cityName' },
            { key: 'cap', title: '推荐名额', dataIndex: 'cap', width: 100 },
          ]}
        />
      )}
      <Typography.Title level={4}>创建方案评审要点权重</Typography.Title>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        style={{ maxWidth: 360, marginBottom: 8 }}
        dataSource={call.criterionWeights}
        columns={[
          { key: 'name', title: '评审要点', dataIndex: 'name' },
          { key: 'weight', title: '权重', dataIndex: 'weight', width: 100 },
        ]}
      />
      <Typography.Paragraph type="secondary">每项满分{call.maxScore}分，方案得分 = Σ 权重 × 得分 ÷ 满分（总分100）。评审结果不排名、不公开分数。</Typography.Paragraph>
    </>
  );
}
