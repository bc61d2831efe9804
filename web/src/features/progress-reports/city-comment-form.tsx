// The city's comment on one half-year report (Art. 13 daily management): written once, the operator is told.
import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { CITY_COMMENT_MAX_LENGTH, zCityComment, type ProgressReportView } from '../../../../src/contracts/progress-reports';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

interface Values {
  comment?: string;
}

export function CityCommentForm({ objectId, report, onDone }: { objectId: string; report: ProgressReportView; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (values: Values) => {
    setRefusal(null);
    const parsed = zCityComment.safeParse({ comment: values.comment ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(`/api/creation-objects/${objectId}/progress-reports/${report.id}/city-comment`, parsed.data);
      void message.success('地市意见已提交');
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
    <Form<Values> form={form} layout="vertical" onFinish={submit} className="city-comment-form" aria-label="填写地市意见">
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="comment" label="地市意见" required extra="意见提交后不能修改，运营主体将收到通知。">
        <Input.TextArea rows={4} maxLength={CITY_COMMENT_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        提交地市意见
      </Button>
    </Form>
  );
}
