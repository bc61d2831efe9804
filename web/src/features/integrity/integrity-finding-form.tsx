// The province's form on the 失信与撤销 tab (Art. 12): which ground, its source and day, and the reason to publish.
// A confirm dialog states the consequence in words before anything is sent: the decision cannot be undone.
import { useState } from 'react';
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import {
  INTEGRITY_DECISION_LABELS,
  INTEGRITY_FINDING_KINDS,
  INTEGRITY_KIND_LABELS,
  INTEGRITY_REASON_MAX_LENGTH,
  INTEGRITY_SOURCE_MAX_LENGTH,
  zRecordIntegrityFinding,
  type IntegrityFindingList,
  type IntegrityFindingKind,
} from '../../../../src/contracts/integrity';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

interface Values {
  kind?: IntegrityFindingKind;
  source?: string;
  foundOn?: string;
  reason?: string;
}

interface Props {
  objectId: string;
  objectName: string;
  list: IntegrityFindingList;
  onDone: () => void;
}

export function IntegrityFindingForm({ objectId, objectName, list, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const decisionLabel = list.decision ? INTEGRITY_DECISION_LABELS[list.decision] : '';

  const send = async (body: unknown) => {
    setSaving(true);
    try {
      await api.post(`/api/creation-objects/${objectId}/integrity-findings`, body);
      void message.success(`已记录，“${objectName}”已${decisionLabel}；可在记录中上传核查材料`);
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
    const parsed = zRecordIntegrityFinding.safeParse({ lockVersion: list.lockVersion, kind: values.kind, source: values.source ?? '', foundOn: values.foundOn ?? '', reason: values.reason ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    modal.confirm({
      title: `确认${decisionLabel}`,
      content: `将${decisionLabel}：“${objectName}”${INTEGRITY_KIND_LABELS[parsed.data.kind]}。此决定不能撤回，理由将向社会公布，运营主体和所在地市将收到通知。`,
      okText: `确认${decisionLabel}`,
      okButtonProps: { danger: true },
      cancelText: '再想想',
      onOk: () => send(parsed.data),
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label="记录失信情形" style={{ maxWidth: 720 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        记录失信情形（{decisionLabel}）
      </Typography.Title>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="kind" label="情形" required>
        <Radio.Group>
          {INTEGRITY_FINDING_KINDS.map((kind) => (
            <Radio key={kind} value={kind}>
              {INTEGRITY_KIND_LABELS[kind]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="source" label="认定依据（名单来源或核查报告）" required extra="如：信用中国 严重失信主体名单及列入文号；或核查报告名称和文号。">
        <Input maxLength={INTEGRITY_SOURCE_MAX_LENGTH} showCount />
      </Form.Item>
      <Form.Item name="foundOn" label="列入或查实日期" required extra="不能晚于今天。">
        <Input type="date" style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item name="reason" label="公布理由" required extra="理由将随决定向社会公布，请勿填写个人信息。">
        <Input.TextArea rows={4} maxLength={INTEGRITY_REASON_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={saving}>
        {decisionLabel}
      </Button>
    </Form>
  );
}
