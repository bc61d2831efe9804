// The province's two acts on one recommended application (Art. 7(2)): the formal check (形式审查; a failure
// needs a note) and 不予通过 with a reason the applicant and the city will read. Used in the review list's
// dialogs and on the application's detail page; a 409 shows the server's message and reloads.
import { useState } from 'react';
import { App, Button, Form, Input, Radio } from 'antd';
import { REASON_MAX, type DecisionResult } from '../../../../src/contracts/city-review';
import { zFormalCheckRequest, zProvinceDecisionRequest, type FormalCheckResult } from '../../../../src/contracts/province-review';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

export interface ProvinceTarget {
  id: string;
  name: string;
  lockVersion: number;
}

function useSubmitter(onDone: () => void) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const run = async (form: Parameters<typeof applyFieldIssues>[0], send: () => Promise<unknown>, success: string) => {
    setRefusal(null);
    setSaving(true);
    try {
      await send();
      void message.success(success);
      onDone();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status === 409) {
        void message.error(error.message);
        onDone();
        return;
      }
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };
  return { saving, refusal, run };
}

export function FormalCheckForm({ application, onDone }: { application: ProvinceTarget; onDone: () => void }) {
  const [form] = Form.useForm<{ isPassed: boolean; note?: string }>();
  const { saving, refusal, run } = useSubmitter(onDone);
  const isPassed = Form.useWatch('isPassed', form);
  const submit = (values: { isPassed: boolean; note?: string }) => {
    const parsed = zFormalCheckRequest.safeParse({ isPassed: values.isPassed, note: values.note ?? '' });
    if (!parsed.success) return void applyFieldIssues(form, issuesFromZod(parsed.error));
    void run(form, () => api.post<FormalCheckResult>(`/api/applications/${application.id}/formal-check`, parsed.data), `已记录形式审查：${application.name}`);
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ isPassed: true }} onFinish={submit}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" />}
      <Form.Item name="isPassed" label="形式审查结论">
        <Radio.Group optionType="button" options={[{ value: true, label: '通过' }, { value: false, label: '不通过' }]} />
      </Form.Item>
      <Form.Item name="note" label={isPassed === false ? '不通过说明' : '说明（选填）'} required={isPassed === false}>
        <Input.TextArea rows={3} maxLength={REASON_MAX} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存形式审查
      </Button>
    </Form>
  );
}

export function ProvinceRejectForm({ application, onDone }: { application: ProvinceTarget; onDone: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { saving, refusal, run } = useSubmitter(onDone);
  const submit = (values: { reason?: string }) => {
    const parsed = zProvinceDecisionRequest.safeParse({ lockVersion: application.lockVersion, decision: 'reject', reason: values.reason ?? '' });
    if (!parsed.success) return void applyFieldIssues(form, issuesFromZod(parsed.error));
    void run(form, () => api.post<DecisionResult>(`/api/applications/${application.id}/province-decision`, parsed.data), `已决定不予通过：${application.name}`);
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" />}
      <Form.Item name="reason" label="不予通过理由" required extra="理由将告知申报单位和推荐地市。">
        <Input.TextArea rows={4} maxLength={REASON_MAX} showCount />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={saving}>
        确认不予通过
      </Button>
    </Form>
  );
}
