// The one-time password (F7 item 2), shown this once: the server keeps only its hash. The administrator copies it
// and hands it over; the user must change it at the first login (等保2.0 三级 8.1.4.1).
import { Alert, Modal, Typography } from 'antd';
import type { AccountWithOneTimePassword } from '../../../../src/contracts/accounts';

const { Paragraph, Text } = Typography;

export function OneTimePasswordModal({ result, title, onClose }: { result: AccountWithOneTimePassword; title: string; onClose: () => void }) {
  return (
    <Modal open title={title} onCancel={onClose} onOk={onClose} okText="我已记下，关闭" cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false} destroyOnHidden>
      <Paragraph>
        账号 <Text strong>{result.account.username}</Text>（{result.account.displayName}）的一次性密码：
      </Paragraph>
      <Paragraph copyable={{ text: result.oneTimePassword, tooltips: ['复制密码', '已复制'] }} aria-label="一次性密码" className="one-time-password">
        <Text code style={{ fontSize: 18 }}>
          {result.oneTimePassword}
        </Text>
      </Paragraph>
      <Alert type="warning" showIcon title="密码只显示这一次" description="系统只保存密码摘要，关闭后无法再次查看。请当面或通过安全渠道交给本人；首次登录时必须修改密码。" />
    </Modal>
  );
}
