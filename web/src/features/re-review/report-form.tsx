// The operator's 运行和服务情况报告 of a re-review (ADR 0016): the text, its files (PDF/JPG/PNG as acceptance evidence)
// and the submission, which freezes the snapshot. Saved at any time before submitting; late submissions are accepted
// and marked 逾期提交.
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { MAX_RE_REVIEW_FILE_BYTES, MAX_RE_REVIEW_FILES, RE_REVIEW_REPORT_MAX_LENGTH, type ObjectReReviewsView, type ReReviewView } from '../../../../src/contracts/re-review';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { EvidenceList } from '../acceptance/acceptance-parts';
import { reportFileHref, reReviewApi } from './re-review-api';

interface Values {
  report?: string;
}

interface Props {
  view: ObjectReReviewsView;
  reReview: ReReviewView;
  onChanged: () => void;
}

export function ReportForm({ view, reReview, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const objectId = view.object.id;
  const ids = [objectId, reReview.id] as const;

  const fail = (caught: unknown) => {
    const error = toApiError(caught);
    setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    if (error.status === 409) onChanged();
  };

  const run = async (kind: 'save' | 'submit' | 'upload', act: () => Promise<unknown>, done: string) => {
    setRefusal(null);
    setBusy(kind);
    try {
      // The text typed so far is always saved first: an upload or a submission reloads the view.
      await reReviewApi.saveReport(...ids, form.getFieldValue('report') ?? '');
      await act();
      void message.success(done);
      onChanged();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const upload = (file: File) => {
    if (file.size > MAX_RE_REVIEW_FILE_BYTES) {
      void message.error(`文件“${file.name}”超过20 MB，请压缩后重新上传`);
      return;
    }
    void run('upload', () => reReviewApi.uploadFile(...ids, file), `已上传“${file.name}”`);
  };

  const remove = async (fileId: string) => {
    try {
      await reReviewApi.removeFile(...ids, fileId);
      onChanged();
    } catch (caught) {
      fail(caught);
    }
  };

  const files = reReview.files;
  return (
    <Form<Values> form={form} layout="vertical" aria-label="运行和服务情况报告" initialValues={{ report: reReview.report }}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="report" label="运行和服务情况报告" required>
        <Input.TextArea rows={8} maxLength={RE_REVIEW_REPORT_MAX_LENGTH} showCount placeholder={`${reReview.window.startsOn}至${reReview.window.endsOn}的运行情况、服务开展情况、取得的成效和存在的问题`} />
      </Form.Item>
      <Form.Item label={`附件（PDF、JPG或PNG，每个不超过20 MB，最多${MAX_RE_REVIEW_FILES}个）`}>
        <Flex vertical gap={8}>
          <EvidenceList objectId={objectId} evidence={files} onRemove={(fileId) => void remove(fileId)} hrefOf={(fileId) => reportFileHref(...ids, fileId)} label="报告附件" />
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              upload(file);
              return false;
            }}
            disabled={files.length >= MAX_RE_REVIEW_FILES}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'upload'} disabled={files.length >= MAX_RE_REVIEW_FILES}>
              上传附件
            </Button>
          </Upload>
        </Flex>
      </Form.Item>
      <Flex gap={12} wrap align="center">
        <Button onClick={() => void run('save', async () => undefined, '报告已保存')} loading={busy === 'save'}>
          保存
        </Button>
        <Popconfirm
          title="提交运行和服务情况报告"
          description="提交后固定复核期间的指标快照，不能再修改报告和附件。确定提交吗？"
          okText="确定提交"
          cancelText="再看看"
          onConfirm={() => run('submit', () => reReviewApi.submit(...ids), '运行和服务情况报告已提交')}
          disabled={!view.canSubmit}
        >
          <Button type="primary" loading={busy === 'submit'} disabled={!view.canSubmit}>
            提交
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary">报告截止{reReview.round.reportDueOn}（含当日），逾期仍可提交，将标记为逾期提交。</Typography.Text>
      </Flex>
    </Form>
  );
}
