// The operator's form on the 重大变化 tab (Art. 11): what changed, when, and for a rename the new name. A confirm
// dialog says that the city and the province will be told, and that a report more than 3 months after the change
// is marked 逾期报告.
import { useState } from 'react';
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import {
  CHANGE_DESCRIPTION_MAX_LENGTH,
  CHANGE_KIND_LABELS,
  CHANGE_KINDS,
  CHANGE_NEW_NAME_MAX_LENGTH,
  zReportChange,
  type ChangeKind,
  type ChangeReportList,
} from '../../../../src/contracts/change-reports';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

interface Values {
  kind?: ChangeKind;
  description?: string;
  occurredOn?: string;
  newName?: string;
}

interface Props {
  objectId: string;
  list: ChangeReportList;
  onDone: () => void;
}

export function ChangeReportForm({ objectId, list, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const kind = Form.useWatch('kind', form);

  const send = async (body: unknown) => {
    setSaving(true);
    try {
      await api.post(`/api/creation-objects/${objectId}/change-reports`, body);
      void message.success('已报告，等待地市审核；可在报告中上传报告材料');
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

  const submit = (values: Values) => {
    setRefusal(null);
    const parsed = zReportChange.safeParse({
      lockVersion: list.lockVersion,
      kind: values.kind,
      description: values.description ?? '',
      occurredOn: values.occurredOn ?? '',
      ...(values.kind === 'rename' ? { newName: values.newName ?? '' } : {}),
    });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    modal.confirm({
      title: `确认报告${CHANGE_KIND_LABELS[parsed.data.kind]}`,
      content: `报告将提交所在地市中小企业主管部门审核，并抄送省工业和信息化厅。变化发生3个月后才报告的，将标记为逾期报告。`,
      okText: '确认报告',
      cancelText: '再想想',
      onOk: () => send(parsed.data),
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label="报告重大变化" style={{ maxWidth: 720 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        报告重大变化
      </Typography.Title>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="kind" label="变化类型" required>
        <Radio.Group options={CHANGE_KINDS.map((value) => ({ value, label: CHANGE_KIND_LABELS[value] }))} />
      </Form.Item>
      {kind === 'rename' && (
        <Form.Item name="newName" label="运营主体变更后名称" required extra={`现名称：${list.organisationName}`}>
          <Input maxLength={CHANGE_NEW_NAME_MAX_LENGTH} showCount />
        </Form.Item>
      )}
      <Form.Item name="occurredOn" label="变化发生日期" required extra="以工商变更登记或决议生效之日为准，不能晚于今天。应在3个月内报告。">
        <Input type="date" style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item name="description" label="变化情况说明" required>
        <Input.TextArea rows={4} maxLength={CHANGE_DESCRIPTION_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        提交报告
      </Button>
    </Form>
  );
}
