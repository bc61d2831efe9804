// The city's proposal and the province's decision on one change report (Art. 11): retain or revoke, with the
// reason. The province's revocation states its consequence (cancellation or revocation, reason published) before
// anything is sent.
import { useState } from 'react';
import { App, Button, Form, Input, Radio } from 'antd';
import {
  CHANGE_OUTCOME_LABELS,
  CHANGE_OUTCOMES,
  CHANGE_REASON_MAX_LENGTH,
  zDecideChangeReport,
  zProposeChangeOutcome,
  type ChangeOutcome,
  type ChangeReportView,
} from '../../../../src/contracts/change-reports';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, type FieldIssue } from '../../lib/form-errors';

// The form's field is "outcome"; the contract calls it proposal (city) or decision (province).
const toFormFields = (issues: FieldIssue[]): FieldIssue[] =>
  issues.map((issue) => (issue.path[0] === 'proposal' || issue.path[0] === 'decision' ? { ...issue, path: ['outcome'] } : issue));

interface Values {
  outcome?: ChangeOutcome;
  reason?: string;
}

interface Props {
  objectId: string;
  objectName: string;
  report: ChangeReportView;
  lockVersion: number;
  /** 'proposal': the city's opinion; 'decision': the province's. */
  step: 'proposal' | 'decision';
  onDone: () => void;
}

export function ChangeOutcomeForm({ objectId, objectName, report, lockVersion, step, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const isDecision = step === 'decision';
  const title = isDecision ? '省级决定' : '地市审核意见';

  const send = async (body: unknown) => {
    setSaving(true);
    try {
      await api.post(`/api/creation-objects/${objectId}/change-reports/${report.id}/${step}`, body);
      void message.success(isDecision ? '已决定' : '已提出意见，报省工业和信息化厅');
      onDone();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, toFormFields(issuesFromApi(error))) });
      if (error.status === 409) onDone();
    } finally {
      setSaving(false);
    }
  };

  const submit = (values: Values) => {
    setRefusal(null);
    const reason = values.reason ?? '';
    const parsed = isDecision
      ? zDecideChangeReport.safeParse({ lockVersion, decision: values.outcome, reason })
      : zProposeChangeOutcome.safeParse({ lockVersion, proposal: values.outcome, reason });
    if (!parsed.success) {
      applyFieldIssues(form, toFormFields(issuesFromZod(parsed.error)));
      return;
    }
    const outcome = values.outcome as ChangeOutcome;
    const label = CHANGE_OUTCOME_LABELS[outcome];
    const consequence = !isDecision
      ? '意见将报省工业和信息化厅决定。'
      : outcome === 'revoke'
        ? `“${objectName}”将被取消创建资格或撤销认定命名，理由将公布。此决定不能撤回。`
        : report.newName
          ? `运营主体名称将变更为“${report.newName}”，原名称保留在报告中。`
          : '保留创建对象（认定）资格。';
    modal.confirm({
      title: `确认${isDecision ? '决定' : '建议'}${label}`,
      content: `${consequence}运营主体${isDecision ? '和所在地市' : ''}将收到通知。`,
      okText: `确认${label}`,
      okButtonProps: { danger: outcome === 'revoke' },
      cancelText: '再想想',
      onOk: () => send(parsed.data),
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={title} style={{ marginTop: 12 }}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="outcome" label={title} required>
        <Radio.Group>
          {CHANGE_OUTCOMES.map((value) => (
            <Radio key={value} value={value}>
              {CHANGE_OUTCOME_LABELS[value]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" label={isDecision ? '决定理由' : '审核意见说明'} required>
        <Input.TextArea rows={3} maxLength={CHANGE_REASON_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {isDecision ? '提交决定' : '提交意见'}
      </Button>
    </Form>
  );
}
