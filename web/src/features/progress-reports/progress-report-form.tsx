// The operator's half-year report: what was done in the half year and how far each goal of the creation plan has
// come (one box per goal, in the plan's order). Checked with the server's own schema before it is sent.
import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { GOAL_PROGRESS_MAX_LENGTH, NARRATIVE_MAX_LENGTH, zSubmitProgressReport, type HalfYearView, type PlanGoalView } from '../../../../src/contracts/progress-reports';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

interface Values {
  narrative?: string;
  goalProgress?: { progress?: string }[];
}

interface Props {
  objectId: string;
  half: HalfYearView;
  goals: PlanGoalView[];
  onDone: () => void;
}

export function ProgressReportForm({ objectId, half, goals, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (values: Values) => {
    setRefusal(null);
    const parsed = zSubmitProgressReport.safeParse({
      halfYear: half.index,
      narrative: values.narrative ?? '',
      goalProgress: goals.map((goal, i) => ({ indicatorCode: goal.indicatorCode, progress: values.goalProgress?.[i]?.progress ?? '' })),
    });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(`/api/creation-objects/${objectId}/progress-reports`, parsed.data);
      void message.success(`${half.label}的进展报告已提交`);
      onDone();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
      if (error.status === 409) onDone();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={`${half.label}进展报告`}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="narrative" label="工作进展情况" required extra="本半年开展的主要工作、取得的成效、存在的问题和下一步打算。">
        <Input.TextArea rows={6} maxLength={NARRATIVE_MAX_LENGTH} showCount />
      </Form.Item>
      {goals.map((goal, i) => (
        <Form.Item key={`${goal.indicatorCode}-${i}`} name={['goalProgress', i, 'progress']} label={`创建目标${i + 1}（${goal.indicatorName}）：${goal.target}`} required>
          <Input.TextArea rows={2} maxLength={GOAL_PROGRESS_MAX_LENGTH} showCount placeholder="目前完成情况，如已达到的数值" />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={saving}>
        提交{half.label}进展报告
      </Button>
    </Form>
  );
}
