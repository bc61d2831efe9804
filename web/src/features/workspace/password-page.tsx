import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { zChangePasswordRequest } from '../../../../src/contracts/auth';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, zodRule } from '../../lib/form-errors';
import { PASSWORD_HISTORY_DEPTH, PASSWORD_MAX_AGE_DAYS, PASSWORD_MIN_LENGTH } from '../../../../src/domain/shared/password-policy';
import { confirmPasswordRule, passwordPolicyRule } from '../../lib/password-rules';
import { useSession } from './session';

interface PasswordFormValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

const fields = zChangePasswordRequest.shape;

// F7 item 3; 等保2.0 三级 8.1.4.1 a: every rule the server applies (change-password.ts), said before anyone types.
const RULES = [
  `至少${PASSWORD_MIN_LENGTH}位，须包含大写字母、小写字母、数字、符号中的至少三类`,
  '不能包含用户名；申报单位账号还不能包含单位名称或统一社会信用代码',
  '不能是常见密码（如 Aa123456789!、P@ssw0rd1234、woaini1314、键盘连续字符）',
  `不能与最近${PASSWORD_HISTORY_DEPTH}次使用过的密码相同`,
  `每${PASSWORD_MAX_AGE_DAYS}天须更换一次；修改后，其他设备上的登录将被退出`,
];

const REASONS = {
  initial: '为保障账号安全，请先设置您自己的新密码，然后才能使用其他功能。',
  expired: `您的密码已使用超过${PASSWORD_MAX_AGE_DAYS}天，按安全要求须更换后才能继续使用其他功能。`,
} as const;

export function PasswordPage() {
  const { user, refresh } = useSession();
  const [form] = Form.useForm<PasswordFormValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const onFinish = async (values: PasswordFormValues) => {
    setRefusal(null);
    const parsed = zChangePasswordRequest.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSubmitting(true);
    try {
      await api.post('/api/auth/password', parsed.data);
      await refresh();
      void message.success('密码已修改');
      navigate('/workspace', { replace: true });
    } catch (caught) {
      const error = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(error));
      setRefusal(error.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card style={{ maxWidth: 560 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        修改密码
      </Typography.Title>
      {user.passwordChangeReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={user.passwordChangeReason === 'expired' ? '密码已过期' : '请修改初始密码'} description={REASONS[user.passwordChangeReason]} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        新密码须符合以下要求：
      </Typography.Paragraph>
      <ul aria-label="密码要求" style={{ marginTop: 0, paddingInlineStart: 20, color: 'rgba(0, 0, 0, 0.65)' }}>
        {RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} name="change-password" layout="vertical" validateTrigger="onBlur" onFinish={onFinish}>
        <Form.Item label="当前密码" name="currentPassword" required rules={[zodRule(fields.currentPassword)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          required
          rules={[passwordPolicyRule(() => user.username, '请输入新密码')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          required
          dependencies={['newPassword']}
          rules={[confirmPasswordRule('newPassword', { empty: '请再次输入新密码', mismatch: '两次输入的新密码不一致' })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          确认修改
        </Button>
      </Form>
    </Card>
  );
}
