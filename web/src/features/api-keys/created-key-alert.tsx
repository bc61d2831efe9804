// The new key, shown this once: the server keeps only its hash, so a lost key cannot be shown again (make a new one).
import { Alert, Typography } from 'antd';
import type { CreatedApiKey } from '../../../../src/contracts/api-keys';

const { Paragraph, Text } = Typography;

export function CreatedKeyAlert({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      closable={{ onClose, 'aria-label': '我已保存密钥，关闭' }}
      role="alert"
      title={`密钥“${created.label}”已创建，请立即复制保存`}
      description={
        <>
          <Paragraph copyable={{ text: created.key, tooltips: ['复制密钥', '已复制'] }} className="api-key-secret" aria-label="新密钥">
            <Text code>{created.key}</Text>
          </Paragraph>
          <Text>密钥只显示这一次，系统只保存其摘要，无法再次查看。请妥善保管，不要写入网页或发送给他人；遗失或泄露时请吊销并新建密钥。</Text>
        </>
      }
    />
  );
}
