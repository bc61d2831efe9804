// The first half of a one-time password (F7 item 2, ADR 0020), shown to the system administrator this once. The
// second half is issued separately by the security administrator, so neither of them knows the whole password;
// the holder types both halves together and must change the password at the first login (等保2.0 三级 8.1.4.1).
import { Alert, Modal, Typography } from 'antd';
import type { AccountWithFirstHalf } from '../../../../src/contracts/accounts';

const { Paragraph, Text } = Typography;

export function OneTimePasswordModal({ result, title, onClose }: { result: AccountWithFirstHalf; title: string; onClose: () => void }) {
  return (
    <Modal open title={title} onCancel={onClose} onOk={onClose} okText="我已记下，关闭" cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false} destroyOnHidden>
      <Paragraph>
        账号 <Text strong>{result.account.username}</Text>（{result.account.displayName}）的一次性密码<Text strong>第一段</Text>：
      </Paragraph>
      <Paragraph copyable={{ text: result.firstHalf, tooltips: ['复制第一段', '已复制'] }} aria-label="一次性密码第一段" className="one-time-password">
        <Text code style={{ fontSize: 18 }}>
          {result.firstHalf}
        </Text>
      </Paragraph>
      <Alert type="info" showIcon title="第二段由安全保密管理员发放" description={result.explanation} style={{ marginBottom: 12 }} />
      <Alert type="warning" showIcon title="第一段只显示这一次" description="系统只保存密码摘要，关闭后无法再次查看。请当面或通过安全渠道交给本人，不要与第二段经同一人转交。" />
    </Modal>
  );
}
