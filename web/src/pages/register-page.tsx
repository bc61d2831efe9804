import { useRef, useState } from 'react';
import { Alert, Button, Card, Form, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { DivisionsResponse } from '../../../src/contracts/divisions';
import { zRegistrationRequest } from '../../../src/contracts/registration';
import { LinkButton } from '../components/link-button';
import { PublicLayout } from '../components/public-layout';
import { AccountFields, ContactFields } from '../features/registration/contact-account-fields';
import { OrganisationFields } from '../features/registration/organisation-fields';
import { toRegistrationBody, type RegistrationFormValues } from '../features/registration/registration-values';
import { api, toApiError } from '../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, type FieldIssue } from '../lib/form-errors';
import { useFetch } from '../lib/use-fetch';

interface Refusal {
  message: string;
  /** Problems that belong to no single field. */
  general: FieldIssue[];
}

export function RegisterPage() {
  const [form] = Form.useForm<RegistrationFormValues>();
  const divisions = useFetch<DivisionsResponse>('/api/divisions');
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  const onFinish = async (values: RegistrationFormValues) => {
    setRefusal(null);
    const parsed = zRegistrationRequest.safeParse(toRegistrationBody(values));
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSubmitting(true);
    try {
      const created = await api.post<{ organisationId: string; username: string }>('/api/registrations', parsed.data);
      setRegistered(created.username);
      window.scrollTo({ top: 0 });
    } catch (caught) {
      const error = toApiError(caught);
      const general = applyFieldIssues(form, issuesFromApi(error));
      setRefusal({ message: error.message, general });
      if (error.issues.length === general.length) topRef.current?.scrollIntoView({ block: 'start' });
    } finally {
      setSubmitting(false);
    }
  };

  if (registered) {
    return (
      <PublicLayout width="narrow" showAccountLinks={false}>
        <Card>
          <Result
            status="success"
            title="注册成功"
            subTitle={`账号“${registered}”已创建。请使用该账号登录，按年度创建工作通知办理申报。`}
            extra={
              <LinkButton type="primary" size="large" to={`/login?username=${encodeURIComponent(registered)}`}>
                去登录
              </LinkButton>
            }
          />
        </Card>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout width="narrow" showAccountLinks={false}>
      <div ref={topRef}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          申报单位注册
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          供拟申报省级示范平台（基地）的运营主体注册账号。注册免费，约需3分钟；请如实填写，带 * 号的为必填项。已有账号？
          <Link to="/login">直接登录</Link>
        </Typography.Paragraph>
      </div>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={refusal.message}
          description={
            refusal.general.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {refusal.general.map((issue) => (
                  <li key={`${issue.path.join('.')}:${issue.message}`}>{issue.message}</li>
                ))}
              </ul>
            ) : (
              '请按各栏下方的提示修改后重新提交。'
            )
          }
        />
      )}
      {divisions.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`行政区划加载失败：${divisions.error.message}`}
          action={
            <Button size="small" onClick={divisions.reload}>
              重试
            </Button>
          }
        />
      )}
      <Form
        form={form}
        name="registration"
        layout="vertical"
        validateTrigger="onBlur"
        initialValues={{ organisation: { isBranch: false } }}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center' }}
      >
        <Card title="单位信息" style={{ marginBottom: 16 }}>
          <OrganisationFields form={form} divisions={divisions.data} divisionsLoading={divisions.loading} />
        </Card>
        <Card title="联系人" style={{ marginBottom: 16 }}>
          <ContactFields />
        </Card>
        <Card title="账号" style={{ marginBottom: 24 }}>
          <AccountFields />
        </Card>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
          提交注册
        </Button>
      </Form>
    </PublicLayout>
  );
}
