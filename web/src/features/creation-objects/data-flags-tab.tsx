// 数据质量提示 (F4 item 4; Art. 12): hints over all of the creation object's data for the reviewers — invalid credit
// codes, enterprises outside 广东, dates outside the period, many records a day, near-identical participant lists,
// identical satisfaction answers. A hint punishes nobody and changes nothing; the page says so.
import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { DataFlagsView } from '../../../../src/contracts/indicators';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';

const { Text } = Typography;

export function DataFlagsTab({ object }: { object: CreationObjectSummary }) {
  const loaded = useFetch<DataFlagsView>(`/api/creation-objects/${object.id}/flags`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={`${loaded.data.note}。`} description="以下提示由系统按规则统计，只提醒评审和主管部门关注，不改变任何数据、指标或状态；是否属实以核查结论为准（《办法》第十二条）。" />
      {loaded.data.flags.map((flag) => (
        <Card key={flag.code} size="small" title={flag.title} extra={flag.count > 0 ? <Tag color="warning">{flag.count}</Tag> : <Tag color="success">0</Tag>}>
          <Text type="secondary">{flag.description}</Text>
          {flag.examples.length > 0 && (
            <>
              <div style={{ marginTop: 8 }}>
                <Text>例如：</Text>
              </div>
              <ul className="flag-examples">
                {flag.examples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      ))}
    </Flex>
  );
}
