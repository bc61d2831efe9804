// 申报向导 (/workspace/applications/:id/edit, applicant): five steps over one form; every step change saves the
// draft, so the Art. 5 check, the live evaluation and the missing parts always match what is entered.
import { useState } from 'react';
import { App, Button, Card, Flex, Form, Steps, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { ErrorResult } from '../../components/error-result';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { PageLoading } from '../../components/page-loading';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';
import { toFormIssues } from '../self-assessment/self-assessment-values';
import { isEditable, StateTag } from './application-shared';
import { ConfirmStep } from './confirm-step';
import { FactsStep } from './facts-step';
import { MaterialsStep } from './materials-step';
import { PlanStep } from './plan-step';
import { PlatformStep } from './platform-step';
import { fromDraft, toDraft, toWizardPath, type WizardValues } from './wizard-values';
import './applications.css';

const STEPS = ['平台（基地）信息', '创建方案', '指标数据', '申报材料', '确认提交'];

export function ApplicationWizardPage() {
  const { id = '' } = useParams();
  const loaded = useFetch<ApplicationDetail>(`/api/applications/${id}`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} notFoundTitle="未找到该申报" />;
  if (!loaded.data) return <PageLoading />;
  if (!isEditable(loaded.data.state)) return <Navigate to={`/workspace/applications/${id}`} replace />;
  return <Wizard initial={loaded.data} />;
}

function Wizard({ initial }: { initial: ApplicationDetail }) {
  const [form] = Form.useForm<WizardValues>();
  const [detail, setDetail] = useState(initial);
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [isDirty, setIsDirty] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const standards = useFetch<StandardsResponse>('/api/v1/standards');
  const divisions = useFetch<DivisionsResponse>('/api/divisions');
  const { message } = App.useApp();
  const navigate = useNavigate();

  const showRefusal = (caught: unknown) => {
    const error = toApiError(caught);
    const issues = toFormIssues(issuesFromApi(error).map((issue) => ({ ...issue, path: toWizardPath(issue.path) })));
    setRefusal({ message: error.message, general: applyFieldIssues(form, issues) });
    return error;
  };

  /** Saves the form as a draft; false when the server refused (the reasons are shown). */
  const save = async (quiet = false): Promise<ApplicationDetail | null> => {
    setSaving(true);
    setRefusal(null);
    try {
      const saved = await api.post<ApplicationDetail>(`/api/applications/${detail.id}`, { lockVersion: detail.lockVersion, content: toDraft(form.getFieldsValue(true) as WizardValues) });
      setDetail(saved);
      setIsDirty(false);
      if (!quiet) void message.success('草稿已保存');
      return saved;
    } catch (caught) {
      showRefusal(caught);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const goTo = async (next: number) => {
    if (await save(true)) {
      setStep(next);
      window.scrollTo({ top: 0 });
    }
  };

  const reloadDetail = async () => setDetail(await api.get<ApplicationDetail>(`/api/applications/${detail.id}`));

  const submit = async () => {
    setSubmitting(true);
    try {
      const current = isDirty ? await save(true) : detail;
      if (!current) return;
      const submitted = await api.post<ApplicationDetail>(`/api/applications/${detail.id}/submit`, { lockVersion: current.lockVersion });
      void message.success(`已提交，申报编号 ${submitted.applicationNumber ?? ''}`);
      navigate(`/workspace/applications/${detail.id}`);
    } catch (caught) {
      const error = showRefusal(caught);
      if (error.code === 'STATE_CHANGED') await reloadDetail();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>{detail.state === 'returned_for_revision' ? '修改申报' : '填写申报'}</span>
          <StateTag state={detail.state} label={detail.stateLabel} />
        </Flex>
      }
      extra={
        <Button icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
          保存草稿
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {detail.call.year}年度 · {detail.organisationName}
        {detail.applicationNumber ? ` · 申报编号 ${detail.applicationNumber}` : ''}
      </Typography.Paragraph>
      <Steps className="wizard-steps" current={step} size="small" onChange={(next) => void goTo(next)} items={STEPS.map((title) => ({ title }))} />
      {refusal && <RefusalAlert refusal={refusal} hint="请按各栏下方的提示修改。" />}
      <Form form={form} layout="vertical" name="application" initialValues={fromDraft(initial.content)} onValuesChange={() => setIsDirty(true)}>
        <section hidden={step !== 0} aria-label={STEPS[0]}>
          <PlatformStep detail={detail} divisions={divisions.data} />
        </section>
        <section hidden={step !== 1} aria-label={STEPS[1]}>
          <PlanStep standards={standards.data} />
        </section>
        <section hidden={step !== 2} aria-label={STEPS[2]}>
          {standards.data && <FactsStep detail={detail} standards={standards.data} divisions={divisions.data} isStale={isDirty} saving={saving} onCheck={() => void save(true)} />}
        </section>
      </Form>
      {step === 3 && (
        <section aria-label={STEPS[3]}>
          <MaterialsStep detail={detail} onChanged={() => void reloadDetail()} />
        </section>
      )}
      {step === 4 && (
        <section aria-label={STEPS[4]}>
          <ConfirmStep detail={detail} submitting={submitting} onSubmit={() => void submit()} />
        </section>
      )}
      <Flex justify="space-between" gap={8} className="wizard-nav">
        <Button disabled={step === 0 || saving} onClick={() => void goTo(step - 1)}>
          上一步
        </Button>
        {step < STEPS.length - 1 && (
          <Button type="primary" loading={saving} onClick={() => void goTo(step + 1)}>
            下一步
          </Button>
        )}
      </Flex>
    </Card>
  );
}
