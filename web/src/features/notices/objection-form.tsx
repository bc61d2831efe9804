// 提出异议 (Art. 7(2)): real name and phone, which entry, the facts, and up to 5 PDF/JPG/PNG files. The server
// judges the files by their content; this form only keeps obviously wrong ones out. A native select and file input
// and hand-written checks (the contract's messages, zObjectionForm) keep zod and antd Select/Upload off the page.
import { useRef, useState, type ChangeEvent } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { NoticeEntryView, ObjectionReceipt } from '../../../../src/contracts/notices';
import { OBJECTION_MAX_FILE_BYTES, OBJECTION_MAX_FILES, OBJECTION_MAX_TOTAL_BYTES } from '../../../../src/domain/publicity/notice-terms';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { emailRule, phoneRule, requiredRule, textRule } from '../../lib/plain-rules';

interface ObjectionValues {
  objectorName: string;
  objectorPhone: string;
  objectorEmail?: string;
  objectorOrganisation?: string;
  applicationId: string;
  facts: string;
}

const ACCEPTED = /\.(pdf|jpe?g|png)$/i;
const MB = 1024 * 1024;

/** Why this file cannot be added to those already chosen, or null. */
function fileProblem(file: File, chosen: readonly File[]): string | null {
  if (!ACCEPTED.test(file.name)) return `“${file.name}”不是PDF、JPG或PNG文件`;
  if (file.size > OBJECTION_MAX_FILE_BYTES) return `“${file.name}”超过${OBJECTION_MAX_FILE_BYTES / MB} MB`;
  if (chosen.length >= OBJECTION_MAX_FILES) return `附件最多${OBJECTION_MAX_FILES}个`;
  if (chosen.reduce((sum, f) => sum + f.size, file.size) > OBJECTION_MAX_TOTAL_BYTES) return `附件合计不能超过${OBJECTION_MAX_TOTAL_BYTES / MB} MB`;
  return null;
}

export function ObjectionForm({ noticeId, entries, onReceipt }: { noticeId: string; entries: readonly NoticeEntryView[]; onReceipt: (receipt: ObjectionReceipt) => void }) {
  const [form] = Form.useForm<ObjectionValues>();
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const pickFiles = (event: ChangeEvent<HTMLInputElement>) => {
    let chosen = files;
    let firstProblem: string | null = null;
    for (const file of event.target.files ?? []) {
      const found = fileProblem(file, chosen);
      if (found) firstProblem ??= found;
      else chosen = [...chosen, file];
    }
    setFiles(chosen);
    setProblem(firstProblem);
    // The same file may be picked again after it was removed.
    event.target.value = '';
  };

  const submit = async (values: ObjectionValues) => {
    setRefusal(null);
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) if (typeof value === 'string' && value.trim() !== '') data.append(key, value.trim());
    for (const file of files) data.append('attachments', file, file.name);
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
    <Form<ObjectionValues> form={form} className="pp-form" layout="vertical" onFinish={submit} requiredMark scrollToFirstError initialValues={{ applicationId: '' }}>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="applicationId" label="异议对象" required rules={[requiredRule('请选择异议对象')]}>
        <select className="pp-select">
          <option value="">请选择公示名单中的平台（基地）</option>
          {entries.map((entry) => (
            <option key={entry.applicationId} value={entry.applicationId}>
              {entry.name}
            </option>
          ))}
        </select>
      </Form.Item>
      <Form.Item name="facts" label="异议事实和理由" required rules={[textRule('异议事实和理由', 20, 5000)]} extra="请写明具体事实，至少20个字。">
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item
        label="证明材料（可选）"
        htmlFor="objection-attachments"
        extra={`PDF、JPG、PNG格式，最多${OBJECTION_MAX_FILES}个，每个不超过${OBJECTION_MAX_FILE_BYTES / MB} MB，合计不超过${OBJECTION_MAX_TOTAL_BYTES / MB} MB。`}
        validateStatus={problem ? 'error' : undefined}
        help={problem}
      >
        <input ref={fileInput} id="objection-attachments" className="pp-visually-hidden" type="file" multiple accept=".pdf,.jpg,.jpeg,.png" onChange={pickFiles} tabIndex={-1} />
        <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
          选择文件
        </Button>
        {files.length > 0 && (
          <ul className="pp-lines" aria-label="已选择的证明材料" style={{ marginTop: 8 }}>
            {files.map((file, index) => (
              <li key={`${file.name}:${index}`} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, padding: '4px 0' }}>
                <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{file.name}</span>
                <Button size="small" type="link" danger aria-label={`删除${file.name}`} onClick={() => setFiles((current) => current.filter((_, i) => i !== index))}>
                  删除
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Form.Item>
      <Form.Item name="objectorName" label="真实姓名" required rules={[textRule('真实姓名', 2, 50)]}>
        <Input maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item name="objectorPhone" label="联系电话" required rules={[phoneRule]} extra="查询处理情况时需要输入此电话。">
        <Input maxLength={20} autoComplete="tel" inputMode="tel" />
      </Form.Item>
      <Form.Item name="objectorEmail" label="电子邮箱（可选）" rules={[emailRule('电子邮箱格式有误', { length: 200, message: '电子邮箱不能超过200个字' })]}>
        <Input maxLength={200} autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item name="objectorOrganisation" label="所在单位（可选）" rules={[textRule('所在单位', 1, 200, { isOptional: true })]}>
        <Input maxLength={200} />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="异议须实名提出。我厅对异议人信息予以保密，不会公开。" />
      <Button type="primary" htmlType="submit" loading={sending} block>
        提交异议
      </Button>
    </Form>
  );
}
