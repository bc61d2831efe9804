// 用户登录 (/login). The fields are checked by hand with the words of zLoginRequest (src/contracts/auth.ts), so the
// page does not load zod, and drawn in a plain box rather than antd Card: a public page loads ≤ 250 KB of JavaScript
// (F6 item 5). The server checks the request with the schema itself.
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography, type FormRule } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { LoginRequest, SessionUser } from '../../../src/contracts/auth';
import { PublicLayout } from '../components/public-layout';
import { api, toApiError } from '../lib/api';
import { applyFieldIssues, issuesFromApi } from '../lib/form-errors';
import '../components/public-pages.css';

const lengthRule = (missing: string, max: number, tooLong: string, { trim }: { trim: boolean }): FormRule => ({
  validator: async (_rule, value: unknown) => {
    const text = typeof value === 'string' ? (trim ? value.trim() : value) : '';
    if (text.length === 0) throw new Error(missing);
    if (text.length > max) throw new Error(tooLong);
  },
});
const USERNAME_RULE = lengthRule('请输入用户名', 64, '用户名不能超过64个字符', { trim: true });
const PASSWORD_RULE = lengthRule('请输入密码', 256, '密码过长', { trim: false });

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
      const body: LoginRequest = { username: values.username.trim(), password: values.password };
      const { user } = await api.post<{ user: SessionUser }>('/api/auth/login', body);
      // F7 item 3: a back-office user first gives the authenticator's code (the workspace shows that page until then).
      const next = user.secondFactor !== 'done' ? '/workspace/second-factor' : user.mustChangePassword ? '/workspace/password' : '/workspace';
      navigate(next, { replace: true });
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
      <div className="pp-box">
        <div className="pp-box-body" style={{ paddingTop: 20, paddingBottom: 20 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            用户登录
          </Typography.Title>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form form={form} name="login" layout="vertical" requiredMark={false} initialValues={{ username: prefilledUsername }} onFinish={onFinish}>
            <Form.Item label="用户名" name="username" rules={[USERNAME_RULE]}>
              <Input autoComplete="username" autoFocus={!prefilledUsername} size="large" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[PASSWORD_RULE]}>
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
        </div>
      </div>
    </PublicLayout>
  );
}
