// The operator's form on the 义务履行 tab (Art. 14 (二)(四)): one activity — its kind (and for a sharing activity its
// category), name, organising department or partner, day, participants and what was done. Evidence is added to the
// record once it is saved.
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Radio, Typography } from 'antd';
import {
  OBLIGATION_DESCRIPTION_MAX_LENGTH,
  OBLIGATION_KIND_LABELS,
  OBLIGATION_KINDS,
  OBLIGATION_ORGANISER_MAX_LENGTH,
  OBLIGATION_TITLE_MAX_LENGTH,
  SHARING_CATEGORIES,
  SHARING_CATEGORY_LABELS,
  zRecordObligation,
  type ObligationKind,
  type SharingCategory,
} from '../../../../src/contracts/obligations';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { obligationsPath } from './obligations-api';

interface Values {
  kind?: ObligationKind;
  category?: SharingCategory;
  title?: string;
  organiser?: string;
  heldOn?: string;
  participants?: number | null;
  description?: string;
}

interface Props {
  objectId: string;
  /** The creation period's first day: no activity before it is taken. */
  periodStartsOn: string | null;
  onDone: () => void;
}

export function ObligationForm({ objectId, periodStartsOn, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const kind = Form.useWatch('kind', form);

  const submit = async (values: Values) => {
    setRefusal(null);
    const parsed = zRecordObligation.safeParse({
      kind: values.kind,
      ...(values.kind === 'sharing_activity' ? { category: values.category } : {}),
      title: values.title ?? '',
      organiser: values.organiser ?? '',
      heldOn: values.heldOn ?? '',
      ...(typeof values.participants === 'number' ? { participants: values.participants } : {}),
      description: values.description ?? '',
    });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(obligationsPath(objectId), parsed.data);
      void message.success('已记录；可在记录中上传佐证材料');
      form.resetFields();
      onDone();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label="记录义务履行情况" className="obligation-form">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        记录义务履行情况
      </Typography.Title>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="kind" label="类型" required>
        <Radio.Group className="obligation-kind" options={OBLIGATION_KINDS.map((value) => ({ value, label: OBLIGATION_KIND_LABELS[value] }))} />
      </Form.Item>
      {kind === 'sharing_activity' && (
        <Form.Item name="category" label="类别" required>
          <Radio.Group options={SHARING_CATEGORIES.map((value) => ({ value, label: SHARING_CATEGORY_LABELS[value] }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label="活动名称" required>
        <Input maxLength={OBLIGATION_TITLE_MAX_LENGTH} showCount />
      </Form.Item>
      <Form.Item
        name="organiser"
        label="组织部门或合作对象"
        required
        extra={kind === 'sharing_activity' ? '合作单位或服务对象，例如“某某区中小企业”“某某协会”' : '组织活动的政府部门，例如“广州市工业和信息化局”'}
      >
        <Input maxLength={OBLIGATION_ORGANISER_MAX_LENGTH} showCount />
      </Form.Item>
      <Form.Item name="heldOn" label="活动日期" required extra={`不能晚于今天${periodStartsOn ? `，不能早于创建期开始日（${periodStartsOn}）` : ''}`}>
        <Input type="date" style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item name="participants" label="参与人数" extra="选填">
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="description" label="活动情况说明" required>
        <Input.TextArea rows={4} maxLength={OBLIGATION_DESCRIPTION_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存记录
      </Button>
    </Form>
  );
}
