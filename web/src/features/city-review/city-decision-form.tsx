// 地市初审 of one application (Art. 7(1)): 退回修改 / 不予推荐 with a reason the applicant will read, or 推荐.
// Used in the queue's dialog and on the application's detail page. A 409 (someone else decided first) shows the
// server's Chinese message and reloads.
import { useState } from 'react';
import { App, Button, Form, Input, Radio } from 'antd';
import { CITY_DECISION_LABELS, CITY_DECISIONS, REASON_MAX, zCityDecisionRequest, type CityDecision, type DecisionResult } from '../../../../src/contracts/city-review';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

export interface DecidableApplication {
  id: string;
  name: string;
  lockVersion: number;
}

interface Values {
  decision: CityDecision;
  reason?: string;
}

export function CityDecisionForm({ application, onDone }: { application: DecidableApplication; onDone: (result: DecisionResult | null) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const decision = Form.useWatch('decision', form);

  const submit = async (values: Values) => {
    setRefusal(null);
    const parsed = zCityDecisionRequest.safeParse({ lockVersion: application.lockVersion, decision: values.decision, reason: values.decision === 'recommend' ? '' : (values.reason ?? '') });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const result = await api.post<DecisionResult>(`/api/applications/${application.id}/city-decision`, parsed.data);
      void message.success(`已${CITY_DECISION_LABELS[values.decision]}：${application.name}`);
      onDone(result);
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status === 409) {
        void message.error(error.message);
        onDone(null);
        return;
      }
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ decision: 'recommend' }} onFinish={submit}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" />}
      <Form.Item name="decision" label="初审决定">
        <Radio.Group optionType="button" options={CITY_DECISIONS.map((value) => ({ value, label: CITY_DECISION_LABELS[value] }))} />
      </Form.Item>
      {decision !== 'recommend' && (
        <Form.Item name="reason" label={decision === 'return' ? '退回理由' : '不予推荐理由'} required extra="理由将告知申报单位。">
          <Input.TextArea rows={4} maxLength={REASON_MAX} showCount />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={saving} danger={decision === 'reject'}>
        确认{decision ? CITY_DECISION_LABELS[decision] : ''}
      </Button>
    </Form>
  );
}
