// 申报单位注册 (/register; F1 item 5). The fields are checked by hand in the contract's words (registration-rules.ts)
// and the server answers the rest with 400 issues on the same fields: no zod, no antd Card/Select/DatePicker, so the
// page loads at most 250 KB of JavaScript (F6 item 5).
import { useRef, useState, type ReactNode } from 'react';
import { Button, Form, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { DivisionsResponse } from '../../../src/contracts/divisions';
import { LoadErrorAlert, RefusalAlert, type Refusal } from '../components/form-alerts';
import { LinkButton } from '../components/link-button';
import { PublicLayout } from '../components/public-layout';
import { AccountFields, ContactFields } from '../features/registration/contact-account-fields';
import { OrganisationFields } from '../features/registration/organisation-fields';
import { toRegistrationBody, type RegistrationFormValues } from '../features/registration/registration-values';
import { api, toApiError } from '../lib/api';
import { applyFieldIssues, issuesFromApi } from '../lib/form-errors';
import { useFetch } from '../lib/use-fetch';
import '../components/public-pages.css';

function Box({ title, children, last = false }: { title: string; children: ReactNode; last?: boolean }) {
  return (
    <section className="pp-box" style={last ? { marginBottom: 24 } : undefined}>
      <h3 className="pp-box-title">{title}</h3>
      <div className="pp-box-body" style={{ paddingTop: 16 }}>
        {children}
      </div>
    </section>
  );
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
    setSubmitting(true);
    try {
      const created = await api.post<{ organisationId: string; username: string }>('/api/registrations', toRegistrationBody(values));
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
        <div className="pp-box">
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
        </div>
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
      {refusal && <RefusalAlert refusal={refusal} hint="请按各栏下方的提示修改后重新提交。" />}
      {divisions.error && <LoadErrorAlert what="行政区划" error={divisions.error} onRetry={divisions.reload} />}
      <Form
        form={form}
        name="registration"
        layout="vertical"
        validateTrigger="onBlur"
        initialValues={{ organisation: { isBranch: false, operatorKind: '', cityCode: '', countyCode: '' } }}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center' }}
      >
        <Box title="单位信息">
          <OrganisationFields form={form} divisions={divisions.data} divisionsLoading={divisions.loading} />
        </Box>
        <Box title="联系人">
          <ContactFields />
        </Box>
        <Box title="账号" last>
          <AccountFields />
        </Box>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
          提交注册
        </Button>
      </Form>
    </PublicLayout>
  );
}
