import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { zChangePasswordRequest } from '../../../../src/contracts/auth';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, zodRule } from '../../lib/form-errors';
import { PASSWORD_HINT, confirmPasswordRule, passwordPolicyRule } from '../../lib/password-rules';
import { useSession } from './session';

interface PasswordFormValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

const fields = zChangePasswordRequest.shape;

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
      {user.mustChangePassword && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="为保障账号安全，请先设置您自己的新密码，然后才能使用其他功能。" />
      )}
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} name="change-password" layout="vertical" validateTrigger="onBlur" onFinish={onFinish}>
        <Form.Item label="当前密码" name="currentPassword" required rules={[zodRule(fields.currentPassword)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          required
          extra={PASSWORD_HINT}
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
