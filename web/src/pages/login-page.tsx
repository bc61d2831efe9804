import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { zLoginRequest, type LoginRequest, type SessionUser } from '../../../src/contracts/auth';
import { PublicLayout } from '../components/public-layout';
import { api, toApiError } from '../lib/api';
import { applyFieldIssues, issuesFromApi, zodRule } from '../lib/form-errors';

export function LoginPage() {
  const [form] = Form.useForm<LoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefilledUsername = params.get('username') ?? '';

  const onFinish = async (values: LoginRequest) => {
    setSubmitting(true);
    setError(null);
    try {
      const { user } = await api.post<{ user: SessionUser }>('/api/auth/login', zLoginRequest.parse(values));
      navigate(user.mustChangePassword ? '/workspace/password' : '/workspace', { replace: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(apiError));
      setError(apiError.message);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicLayout width="compact" showAccountLinks={false}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          用户登录
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form
          form={form}
          name="login"
          layout="vertical"
          requiredMark={false}
          initialValues={{ username: prefilledUsername }}
          onFinish={onFinish}
        >
          <Form.Item label="用户名" name="username" rules={[zodRule(zLoginRequest.shape.username)]}>
            <Input autoComplete="username" autoFocus={!prefilledUsername} size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[zodRule(zLoginRequest.shape.password)]}>
            <Input.Password autoComplete="current-password" autoFocus={Boolean(prefilledUsername)} size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          还没有账号？<Link to="/register">申报单位注册</Link>
          <span style={{ float: 'right' }}>
            <Link to="/">返回首页</Link>
          </span>
        </Typography.Paragraph>
      </Card>
    </PublicLayout>
  );
}
