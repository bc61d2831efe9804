// Taking a service record or an event back (作废) with a reason: it stays listed, marked, and no longer counts in
// the indicators; the row and the reason are kept, and a void cannot be undone (DESIGN §5).
import { useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { zVoidRequest } from '../../../../src/contracts/data-corrections';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

const { Paragraph } = Typography;

interface Props {
  /** 作废服务记录, 作废活动 — also the form's name. */
  title: string;
  /** The void endpoint of the row. */
  path: string;
  /** One line naming the row (date, enterprise or topic). */
  summary: string;
  onClose: () => void;
  onVoided: () => void;
}

export function VoidModal({ title, path, summary, onClose, onVoided }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (values: { reason?: string }) => {
    setRefusal(null);
    const parsed = zVoidRequest.safeParse({ reason: values.reason ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(path, parsed.data);
      void message.success('已作废');
      onVoided();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={title} okText="作废" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Paragraph>{summary}</Paragraph>
      <Paragraph type="secondary">作废后不再计入指标，原数据和作废原因保留备查，作废不能撤回。</Paragraph>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} aria-label={title}>
        <Form.Item name="reason" label="作废原因" required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：重复录入、信息录错（已重新录入）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
