import { useState } from 'react';
import { Alert, App, Button, Form, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { zCallContent, type CallContentRequest, type CallDetail } from '../../../../src/contracts/calls';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, type FieldIssue } from '../../lib/form-errors';
import { CallFields } from './call-form';
import { toCallBody, toCallFormIssues, type CallFormValues } from './call-values';

interface CallEditorProps {
  /** Absent for a new draft. */
  id?: string;
  initial: CallFormValues;
  /** Called with the saved or published call. */
  onChanged: (call: CallDetail) => void;
}

/** Edits a draft: save it, or save and publish it after a confirmation. */
export function CallEditor({ id, initial, onChanged }: CallEditorProps) {
  const [form] = Form.useForm<CallFormValues>();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const showIssues = (issues: FieldIssue[], fallback: string) => {
    const unmatched = applyFieldIssues(form, toCallFormIssues(issues));
    if (issues.length === 0 || unmatched.length > 0) setRefusal(unmatched.length > 0 ? unmatched.map((i) => i.message).join('；') : fallback);
  };

  const checked = (): CallContentRequest | null => {
    setRefusal(null);
    const parsed = zCallContent.safeParse(toCallBody(form.getFieldsValue(true) as CallFormValues));
    if (parsed.success) return parsed.data;
    showIssues(issuesFromZod(parsed.error), '请按提示修改');
    return null;
  };

  const save = async (body: CallContentRequest): Promise<CallDetail> =>
    id ? api.post<CallDetail>(`/api/calls/${id}`, body) : api.post<CallDetail>('/api/calls', body);

  const onSave = async () => {
    const body = checked();
    if (!body) return;
    setBusy('save');
    try {
      const saved = await save(body);
      void message.success('草稿已保存');
      if (id) onChanged(saved);
      else navigate(`/workspace/calls/${saved.id}`);
    } catch (caught) {
      const error = toApiError(caught);
      showIssues(issuesFromApi(error), error.message);
    } finally {
      setBusy(null);
    }
  };

  const onPublish = async () => {
    const body = checked();
    if (!body || !id) return;
    const confirmed = await modal.confirm({
      title: `发布${body.year}年度创建工作通知？`,
      content: `年度创建数量${body.creationQuota}个，申报期${body.opensOn}至${body.closesOn}。发布后通知即公开，且不可修改。`,
      okText: '确认发布',
      cancelText: '再检查一下',
    });
    if (!confirmed) return;
    setBusy('publish');
    try {
      await save(body);
      const published = await api.post<CallDetail>(`/api/calls/${id}/publish`, {});
      void message.success(`已发布${published.year}年度创建工作通知`);
      onChanged(published);
    } catch (caught) {
      const error = toApiError(caught);
      showIssues(issuesFromApi(error), error.message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Form
      form={form}
      name="call-draft"
      layout="vertical"
      initialValues={initial}
      onFinish={onSave}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
      }}
    >
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <CallFields form={form} />
      <Space wrap>
        <Button htmlType="submit" loading={busy === 'save'} disabled={busy !== null}>
          保存草稿
        </Button>
        {id && (
          <Button type="primary" loading={busy === 'publish'} disabled={busy !== null} onClick={onPublish}>
            发布通知
          </Button>
        )}
      </Space>
    </Form>
  );
}
