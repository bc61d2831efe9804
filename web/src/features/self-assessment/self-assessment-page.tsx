// 达标自评 (/self-assessment): anyone checks a platform's or base's facts against the current standard set before
// applying (DESIGN §7, POST /api/v1/self-assessment). A self-check only: nothing is stored, published or ranked (Art. 8).
// The fields are checked by hand (fact-rules.ts) and the server checks the whole request with zSelfAssessmentRequest,
// its 400 issues landing beside the fields: the page loads no zod and no antd Card/Table/Select (F6 item 5).
import { useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { SelfAssessmentResponse } from '../../../../src/contracts/self-assessment';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { LoadErrorAlert, RefusalAlert, type Refusal } from '../../components/form-alerts';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';
import { AssessmentResult, type AssessedSubject } from './assessment-result';
import { BaseFactFields } from './base-fact-fields';
import { PlatformFactFields } from './platform-fact-fields';
import { describeSubject, toFormIssues, toSelfAssessmentBody, type SelfAssessmentFormValues } from './self-assessment-values';
import { SubjectFields } from './subject-fields';
import '../../components/public-pages.css';
import './self-assessment.css';

const { Title, Paragraph } = Typography;

const INITIAL_VALUES: SelfAssessmentFormValues = {
  carrier: 'platform',
  stage: 'creation',
  region: '',
  noRegistration: false,
  facts: { hasPcEntry: false, hasMobileEntry: false, coveredDivisions: [], serviceContents: [], eventParticipants: [], ecosystem: [] },
};

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="pp-box">
      <h3 className="pp-box-title">{title}</h3>
      <div className="pp-box-body" style={{ paddingTop: 16 }}>
        {children}
      </div>
    </section>
  );
}

export function SelfAssessmentPage() {
  const standards = useFetch<StandardsResponse>('/api/v1/standards');
  const divisions = useFetch<DivisionsResponse>('/api/divisions');
  const [form] = Form.useForm<SelfAssessmentFormValues>();
  const carrier = Form.useWatch('carrier', form);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [outcome, setOutcome] = useState<{ result: SelfAssessmentResponse; subject: AssessedSubject } | null>(null);
  const [isStale, setIsStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const onFinish = async () => {
    if (!standards.data) return;
    setRefusal(null);
    // All values, including those of fields the other carrier hid; the body keeps only the chosen carrier's facts.
    const values = form.getFieldsValue(true) as SelfAssessmentFormValues;
    const body = toSelfAssessmentBody(values);
    setSubmitting(true);
    try {
      const result = await api.post<SelfAssessmentResponse>('/api/v1/self-assessment', body);
      setOutcome({
        result,
        subject: { description: describeSubject(values, standards.data, divisions.data), stage: values.stage ?? 'creation', assessedAt: `自评时间 ${dayjs().format('YYYY-MM-DD HH:mm')}` },
      });
      setIsStale(false);
      requestAnimationFrame(() => resultRef.current?.scrollIntoView({ block: 'start' }));
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, toFormIssues(issuesFromApi(error))) });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicLayout>
      <Title level={2} style={{ marginTop: 0 }}>
        达标自评
      </Title>
      <p className="print-only">广东省中小企业公共服务示范平台（基地）管理系统 · 对照创建及认定标准的自查结果</p>
      <Alert
        className="no-print"
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="对照创建及认定标准自查，供申报前参考"
        description={
          <>
            自评只核对可量化的指标，定性部分由专家评审；结果不是审核或认定结论，系统不保存您填写的数据，结果不公开、不排名（《创建管理办法》第八条）。
            各项标准原文见<Link to="/standards">创建及认定标准</Link>。
          </>
        }
      />
      {standards.error ? (
        // An alert rather than ErrorResult: antd Result's pictures would take the page over its budget.
        <LoadErrorAlert what="创建及认定标准" error={standards.error} onRetry={standards.reload} />
      ) : !standards.data ? (
        <PageLoading />
      ) : (
        <>
          {refusal && <RefusalAlert className="no-print" refusal={refusal} hint="请按各栏下方的提示修改后重新自评。" />}
          {divisions.error && <LoadErrorAlert className="no-print" what="行政区划" error={divisions.error} onRetry={divisions.reload} />}
          <Form
            form={form}
            name="self-assessment"
            className="sa-form"
            layout="vertical"
            validateTrigger="onBlur"
            initialValues={INITIAL_VALUES}
            onFinish={onFinish}
            onValuesChange={() => setIsStale(outcome !== null)}
            scrollToFirstError={{ block: 'center' }}
          >
            <Box title="自评对象">
              <SubjectFields form={form} standards={standards.data} divisions={divisions.data} divisionsLoading={divisions.loading} />
            </Box>
            <Box title={carrier === 'base' ? '基地情况' : '平台服务情况'}>
              {carrier === 'base' ? (
                <BaseFactFields form={form} standards={standards.data} />
              ) : (
                <PlatformFactFields form={form} standards={standards.data} divisions={divisions.data} />
              )}
            </Box>
            <Button type="primary" htmlType="submit" size="large" block loading={submitting} style={{ marginBottom: 24 }}>
              开始自评
            </Button>
          </Form>
          <div ref={resultRef}>
            {outcome && <AssessmentResult result={outcome.result} subject={outcome.subject} standards={standards.data} isStale={isStale} />}
          </div>
          <Paragraph type="secondary" className="no-print" style={{ marginTop: 16 }}>
            标准每年可能调整，自评按当前版本（{standards.data.version}）核对，以当年创建工作通知为准。
          </Paragraph>
        </>
      )}
    </PublicLayout>
  );
}
