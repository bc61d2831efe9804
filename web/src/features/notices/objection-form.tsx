// 提出异议 (Art. 7(2)): real name and phone, which entry, the facts, and up to 5 PDF/JPG/PNG files. The server
// judges the files by their content; this form only keeps obviously wrong ones out.
import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { OBJECTION_MAX_FILE_BYTES, OBJECTION_MAX_FILES, OBJECTION_MAX_TOTAL_BYTES, zObjectionForm, type NoticeEntryView, type ObjectionReceipt } from '../../../../src/contracts/notices';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, zodRule } from '../../lib/form-errors';

interface ObjectionValues {
  objectorName: string;
  objectorPhone: string;
  objectorEmail?: string;
  objectorOrganisation?: string;
  applicationId: string;
  facts: string;
}

const ACCEPTED = /\.(pdf|jpe?g|png)$/i;
const rule = (field: keyof typeof zObjectionForm.shape) => zodRule(zObjectionForm.shape[field]);

export function ObjectionForm({ noticeId, entries, onReceipt }: { noticeId: string; entries: readonly NoticeEntryView[]; onReceipt: (receipt: ObjectionReceipt) => void }) {
  const [form] = Form.useForm<ObjectionValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (values: ObjectionValues) => {
    setRefusal(null);
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) if (typeof value === 'string' && value.trim() !== '') data.append(key, value.trim());
    for (const file of files) if (file.originFileObj) data.append('attachments', file.originFileObj, file.name);
    setSending(true);
    try {
      onReceipt(await api.postForm<ObjectionReceipt>(`/api/v1/notices/${noticeId}/objections`, data));
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSending(false);
    }
  };

  return (
    <Form<ObjectionValues> form={form} layout="vertical" onFinish={submit} requiredMark scrollToFirstError>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="applicationId" label="异议对象" rules={[{ required: true, message: '请选择异议对象' }]}>
        <Select placeholder="请选择公示名单中的平台（基地）" options={entries.map((e) => ({ value: e.applicationId, label: e.name }))} />
      </Form.Item>
      <Form.Item name="facts" label="异议事实和理由" rules={[rule('facts')]} extra="请写明具体事实，至少20个字。">
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item label="证明材料（可选）" extra={`PDF、JPG、PNG格式，最多${OBJECTION_MAX_FILES}个，每个不超过10 MB，合计不超过${OBJECTION_MAX_TOTAL_BYTES / 1024 / 1024} MB。`} validateStatus={fileProblem ? 'error' : undefined} help={fileProblem}>
        <Upload
          multiple
          accept=".pdf,.jpg,.jpeg,.png"
          fileList={files}
          beforeUpload={(file) => {
            if (!ACCEPTED.test(file.name)) setFileProblem(`“${file.name}”不是PDF、JPG或PNG文件`);
            else if (file.size > OBJECTION_MAX_FILE_BYTES) setFileProblem(`“${file.name}”超过10 MB`);
            else if (files.length >= OBJECTION_MAX_FILES) setFileProblem(`附件最多${OBJECTION_MAX_FILES}个`);
            else if (files.reduce((sum, f) => sum + (f.originFileObj?.size ?? 0), file.size) > OBJECTION_MAX_TOTAL_BYTES) setFileProblem(`附件合计不能超过${OBJECTION_MAX_TOTAL_BYTES / 1024 / 1024} MB`);
            else {
              setFileProblem(null);
              setFiles((current) => [...current, { uid: file.uid, name: file.name, status: 'done', originFileObj: file }]);
            }
            return false;
          }}
          onRemove={(file) => setFiles((current) => current.filter((f) => f.uid !== file.uid))}
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="objectorName" label="真实姓名" rules={[rule('objectorName')]}>
        <Input maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item name="objectorPhone" label="联系电话" rules={[rule('objectorPhone')]} extra="查询处理情况时需要输入此电话。">
        <Input maxLength={20} autoComplete="tel" inputMode="tel" />
      </Form.Item>
      <Form.Item name="objectorEmail" label="电子邮箱（可选）" rules={[rule('objectorEmail')]}>
        <Input maxLength={200} autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item name="objectorOrganisation" label="所在单位（可选）" rules={[rule('objectorOrganisation')]}>
        <Input maxLength={200} />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="异议须实名提出。我厅对异议人信息予以保密，不会公开。" />
      <Button type="primary" htmlType="submit" loading={sending}>
        提交异议
      </Button>
    </Form>
  );
}
