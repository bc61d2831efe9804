// 作废 of an Art. 14 record: a wrong record is withdrawn with a reason, once; it stays listed, struck through, and is
// no longer counted (ADR 0016).
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { OBLIGATION_VOID_REASON_MAX_LENGTH, zVoidObligation, type ObligationRecordView } from '../../../../src/contracts/obligations';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { obligationPath } from './obligations-api';

interface Props {
  objectId: string;
  record: ObligationRecordView;
  onDone: () => void;
}

export function VoidObligationButton({ objectId, record, onDone }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async () => {
    setRefusal(null);
    const parsed = zVoidObligation.safeParse({ reason: form.getFieldValue('reason') ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(`${obligationPath(objectId, record.id)}/void`, parsed.data);
      void message.success('已作废，记录仍保留并注明作废原因');
      setOpen(false);
      form.resetFields();
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
    <>
      <Button size="small" danger onClick={() => setOpen(true)} aria-label={`作废“${record.title}”`}>
        作废
      </Button>
      <Modal
        open={open}
        title={`作废“${record.title}”`}
        okText="确认作废"
        okButtonProps={{ danger: true, loading: saving }}
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">作废后记录不会删除，将注明作废原因并不再计入义务履行统计；作废不能撤回。</Typography.Paragraph>
        {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" />}
        <Form form={form} layout="vertical" aria-label="作废记录">
          <Form.Item name="reason" label="作废原因" required>
            <Input.TextArea rows={3} maxLength={OBLIGATION_VOID_REASON_MAX_LENGTH} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
