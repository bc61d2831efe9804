// The operator's acceptance submission (ADR 0015): the 创建工作总结, one 目标完成情况 per plan goal (with the goal's
// indicator and target), and the evidence files. A draft is saved at any time in creation; the submission, from the
// period's last day on, saves first and then submits after a confirmation.
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import {
  ACCEPTANCE_SUMMARY_MAX_LENGTH,
  GOAL_ACHIEVED_MAX_LENGTH,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
  type AcceptanceAttemptView,
  type AcceptanceView,
} from '../../../../src/contracts/acceptance';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { acceptanceApi } from './acceptance-api';
import { EvidenceList } from './acceptance-parts';

interface Values {
  summary?: string;
  goalReports?: { achieved?: string }[];
}

interface Props {
  view: AcceptanceView;
  onChanged: () => void;
}

/** The attempt the operator is writing now, if it has a row already. */
function draftOf(view: AcceptanceView): AcceptanceAttemptView | undefined {
  return view.attempts.find((a) => a.attempt === view.currentAttempt && a.status === 'draft');
}

export function AcceptanceForm({ view, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const draft = draftOf(view);
  const objectId = view.object.id;

  const bodyOf = (values: Values) => ({
    summary: values.summary ?? '',
    goalReports: view.goals.map((_, goalIndex) => ({ goalIndex, achieved: values.goalReports?.[goalIndex]?.achieved ?? '' })),
  });

  const fail = (caught: unknown) => {
    const error = toApiError(caught);
    setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    if (error.status === 409) onChanged();
  };

  const save = async () => {
    setRefusal(null);
    setBusy('save');
    try {
      await acceptanceApi.saveDraft(objectId, bodyOf(form.getFieldsValue()));
      void message.success('评估验收申请已保存');
      onChanged();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setRefusal(null);
    setBusy('submit');
    try {
      await acceptanceApi.saveDraft(objectId, bodyOf(form.getFieldsValue()));
      await acceptanceApi.submit(objectId, view.lockVersion);
      void message.success('评估验收申请已提交');
      onChanged();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    if (file.size > MAX_EVIDENCE_BYTES) {
      void message.error(`文件“${file.name}”超过20 MB，请压缩后重新上传`);
      return;
    }
    setBusy('upload');
    try {
      // The text typed so far is kept: the draft is saved before the list reloads.
      await acceptanceApi.saveDraft(objectId, bodyOf(form.getFieldsValue()));
      await acceptanceApi.uploadEvidence(objectId, file);
      void message.success(`已上传“${file.name}”`);
      onChanged();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (fileId: string) => {
    try {
      await acceptanceApi.removeEvidence(objectId, fileId);
      onChanged();
    } catch (caught) {
      fail(caught);
    }
  };

  const evidence = draft?.evidence ?? [];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label="评估验收申请"
      initialValues={{ summary: draft?.summary ?? '', goalReports: view.goals.map((_, i) => ({ achieved: draft?.goalReports[i]?.achieved ?? '' })) }}
    >
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      {/* The explanation is the placeholder: as help under the field it ran into the character count on a phone. */}
      <Form.Item name="summary" label="创建工作总结" required>
        <Input.TextArea rows={8} maxLength={ACCEPTANCE_SUMMARY_MAX_LENGTH} showCount placeholder="创建期内开展的主要工作、取得的成效、创建方案执行情况和存在的问题" />
      </Form.Item>
      {view.goals.map((goal, i) => (
        <Form.Item key={`${goal.indicatorCode}-${i}`} name={['goalReports', i, 'achieved']} label={`目标完成情况${i + 1}（${goal.indicatorName}）：${goal.target}`} required>
          <Input.TextArea rows={3} maxLength={GOAL_ACHIEVED_MAX_LENGTH} showCount placeholder="创建期内的完成情况，如达到的数值" />
        </Form.Item>
      ))}
      <Form.Item label={`佐证材料（PDF、JPG或PNG，每个不超过20 MB，最多${MAX_EVIDENCE_FILES}个）`}>
        <Flex vertical gap={8}>
          <EvidenceList objectId={objectId} evidence={evidence} onRemove={remove} />
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            disabled={evidence.length >= MAX_EVIDENCE_FILES}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'upload'} disabled={evidence.length >= MAX_EVIDENCE_FILES}>
              上传佐证材料
            </Button>
          </Upload>
        </Flex>
      </Form.Item>
      <Flex gap={12} wrap align="center">
        <Button onClick={() => void save()} loading={busy === 'save'}>
          保存草稿
        </Button>
        <Popconfirm
          title="提交评估验收申请"
          description="提交后不能再修改总结、目标完成情况和佐证材料。确定提交吗？"
          okText="确定提交"
          cancelText="再看看"
          onConfirm={() => submit()}
          disabled={!view.canSubmit}
        >
          <Button type="primary" loading={busy === 'submit'} disabled={!view.canSubmit}>
            提交评估验收申请
          </Button>
        </Popconfirm>
        {!view.canSubmit && <Typography.Text type="secondary">创建期届满当日（{view.submitOpensOn}）起可提交</Typography.Text>}
      </Flex>
    </Form>
  );
}
