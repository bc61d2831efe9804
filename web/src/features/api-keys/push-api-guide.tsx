// 接口说明: how a platform's own system pushes data (F4 item 2(b)); the full reference is docs/api.md.
import { Card, Typography } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { MAX_PUSH_RECORDS } from '../../../../src/contracts/api-keys';
import { DATASETS } from '../../../../src/domain/creation-data/datasets';

const { Paragraph, Text, Title } = Typography;

const SAMPLE_RECORD = {
  externalId: 'FW20260305001',
  creditCode: '914403001922038216',
  enterpriseName: '华为技术有限公司',
  divisionCode: '440106',
  serviceItem: '管理咨询',
  serviceDate: '2026-03-05',
  channel: '线上',
  satisfaction: 5,
};

export function curlExample(origin: string, dataset: string): string {
  return [
    `curl -X POST '${origin}/api/v1/creation-data/${dataset}' \\`,
    `  -H 'Authorization: Bearer sfk_您的密钥' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${JSON.stringify({ records: [SAMPLE_RECORD] }, null, 2).replaceAll('\n', '\n  ')}'`,
  ].join('\n');
}

export function PushApiGuide({ object }: { object: CreationObjectSummary }) {
  const dataset = object.datasets[0] ?? 'serviceRecords';
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <Card size="small" title="接口说明" role="region" aria-label="接口说明">
      <Paragraph>
        平台自有系统可通过接口推送创建期数据，与上传Excel模板效果相同：同样逐条校验，已导入的记录不会重复计算。请求头携带
        <Text code>Authorization: Bearer 密钥</Text>，密钥决定数据属于哪个平台（基地），无需也不能指定其他平台。
      </Paragraph>
      <Title level={5}>推送地址</Title>
      <Paragraph>
        <Text code>POST /api/v1/creation-data/数据集</Text>，请求体为 <Text code>{'{"records":[{…},…]}'}</Text>，每次1至{MAX_PUSH_RECORDS}条，字段名与模板各列对应（见导入模板的填写说明）。本对象可推送的数据集：
      </Paragraph>
      <ul className="push-datasets">
        {object.datasets.map((key) => (
          <li key={key}>
            <Text code>{key}</Text> {DATASETS[key].label}
          </li>
        ))}
      </ul>
      <Title level={5}>示例</Title>
      <Paragraph copyable={{ text: curlExample(origin, dataset), tooltips: ['复制示例', '已复制'] }}>
        <pre className="push-curl">{curlExample(origin, dataset)}</pre>
      </Paragraph>
      <Paragraph>
        返回 <Text code>importId</Text>、<Text code>acceptedRows</Text>（新导入）、<Text code>duplicateRows</Text>（已存在）、<Text code>rejectedRows</Text>（未通过）和
        <Text code>problems</Text>（每条问题的记录序号 index（从0起）、字段、值和原因）。推送记录也出现在“数据导入”的导入记录中；可用
        <Text code>GET /api/v1/creation-data/imports/importId</Text> 查询某次推送的结果。密钥无效或已吊销时返回401，每个密钥每分钟最多60次请求。
      </Paragraph>
    </Card>
  );
}
