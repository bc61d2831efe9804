import { Button, Card } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { CURRENT_STANDARD_SET } from '../../../../src/domain/standards/standard-sets';
import { CallEditor } from './call-editor';

/** A blank draft; usually the province starts from last year's call instead (以上年度通知为基础新建). */
export function NewCallPage() {
  const navigate = useNavigate();
  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/calls')}>
        返回年度创建通知
      </Button>
      <Card title="新建年度创建工作通知" style={{ maxWidth: 900 }}>
        <CallEditor initial={{ standardVersion: CURRENT_STANDARD_SET.version, maxScore: 10, cityCaps: {}, criterionWeights: {} }} onChanged={() => navigate('/workspace/calls')} />
      </Card>
    </>
  );
}
