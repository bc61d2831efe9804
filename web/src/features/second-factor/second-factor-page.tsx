// F7 item 3 (等保2.0 三级 8.1.4.1 d): a back-office login is complete only with the code of a TOTP authenticator.
// Shown by the workspace session in place of every workspace page while the code is owed: first time, set up an
// authenticator (scan the link's QR code or type the secret) and confirm it; afterwards, give the current code.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { SessionUser } from '../../../../src/contracts/auth';
import type { SecondFactorEnrolment } from '../../../../src/contracts/second-factor';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';

const OtpauthQr = lazy(() => import('./otpauth-qr'));

interface Props {
  user: SessionUser;
  /** Reads the session again once the code is proved. */
  onDone: () => Promise<void>;
}

export function SecondFactorPage({ user, onDone }: Props) {
  const isEnrolling = user.secondFactor === 'enrol';
  const navigate = useNavigate();
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!isEnrolling) return;
    let isCurrent = true;
    api.post<{ enrolment: SecondFactorEnrolment }>('/api/auth/second-factor/enrolment', {}).then(
      (body) => isCurrent && setEnrolment(body.enrolment),
      (caught: unknown) => isCurrent && setLoadError(toApiError(caught).message),
    );
    return () => {
      isCurrent = false;
    };
  }, [isEnrolling]);

  const logOut = async () => {
    await api.post('/api/auth/logout', {}).catch(() => undefined);
    navigate('/login', { replace: true });
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '32px 12px' }}>
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {isEnrolling ? '绑定身份验证器' : '动态验证码验证'}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {user.displayName}（{user.roleLabel}），为保障账号安全，后台账号登录须同时验证密码和身份验证器上的动态验证码。
        </Typography.Paragraph>
        {isEnrolling && <EnrolmentSteps enrolment={enrolment} loadError={loadError} />}
        {(!isEnrolling || enrolment) && (
          <CodeForm url={isEnrolling ? '/api/auth/second-factor/enrolment/confirm' : '/api/auth/second-factor/verify'} onDone={onDone} />
        )}
        <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => void logOut()}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}

function EnrolmentSteps({ enrolment, loadError }: { enrolment: SecondFactorEnrolment | null; loadError: string | null }) {
  if (loadError) return <Alert type="error" showIcon role="alert" title={loadError} />;
  if (!enrolment) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  return (
    <ol style={{ paddingInlineStart: 20 }}>
      <li>在手机上安装身份验证器应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP）。</li>
      <li>
        用身份验证器扫描二维码：
        <Suspense fallback={<Spin style={{ display: 'block', margin: '24px 0' }} />}>
          <OtpauthQr uri={enrolment.otpauthUri} />
        </Suspense>
      </li>
      <li>
        或在应用中添加账号：在本手机上可直接<a href={enrolment.otpauthUri}>打开身份验证器添加</a>，或选择“手动输入密钥”，填写：
        <div style={{ margin: '8px 0' }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Typography.Text type="secondary">账号：{enrolment.issuer}（{enrolment.accountName}）</Typography.Text>
            <Typography.Text type="secondary">密钥（基于时间）：</Typography.Text>
            <Typography.Text code copyable={{ text: enrolment.secret.replace(/ /g, '') }} data-testid="totp-secret" style={{ fontSize: 16, wordBreak: 'normal', lineHeight: 2 }}>
              {enrolment.secret}
            </Typography.Text>
          </div>
        </div>
      </li>
      <li>输入应用上显示的6位动态验证码，完成绑定。</li>
    </ol>
  );
}

function CodeForm({ url, onDone }: { url: string; onDone: () => Promise<void> }) {
  const [form] = Form.useForm<{ code: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async ({ code }: { code: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await api.post(url, { code: code.replace(/\s/g, '') });
      await onDone();
    } catch (caught) {
      const apiError = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(apiError));
      setError(apiError.message);
      form.setFieldValue('code', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="second-factor" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          label="动态验证码"
          name="code"
          rules={[{ required: true, message: '请输入6位动态验证码' }, { pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: '动态验证码应为6位数字' }]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} size="large" autoFocus placeholder="6位数字" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
          验证并进入工作台
        </Button>
      </Form>
    </>
  );
}
