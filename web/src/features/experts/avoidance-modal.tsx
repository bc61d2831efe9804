import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { ExpertView } from '../../../../src/contracts/experts';
import type { OrganisationSummary, Page } from '../../../../src/contracts/organisations';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';

interface Props {
  expert: ExpertView | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 登记利害关系: the draw then keeps the expert away from that organisation's applications (回避). */
export function AvoidanceModal({ expert, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ organisationId?: string; reason?: string }>();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const search = async (q: string) => {
    if (q.trim() === '') return;
    try {
      const page = await api.get<Page<OrganisationSummary>>(`/api/organisations?q=${encodeURIComponent(q.trim())}&pageSize=20`);
      setOptions(page.items.map((o) => ({ value: o.id, label: `${o.name}（${o.creditCode}）` })));
    } catch {
      setOptions([]);
    }
  };

  const submit = async () => {
    if (!expert) return;
    setRefusal(null);
    setSaving(true);
    try {
      await api.post(`/api/experts/${expert.id}/avoidances`, form.getFieldsValue());
      form.resetFields();
      onSaved();
    } catch (caught) {
      const error = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(error));
      setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={`登记利害关系：${expert?.name ?? ''}`} open={expert !== null} onCancel={onClose} onOk={submit} okText="登记" cancelText="取消" confirmLoading={saving} destroyOnHidden>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} layout="vertical" name="add-avoidance">
        <Form.Item label="运营主体" name="organisationId" required extra="输入单位名称或信用代码搜索。">
          <Select showSearch filterOption={false} onSearch={search} options={options} notFoundContent="无匹配单位" />
        </Form.Item>
        <Form.Item label="利害关系说明" name="reason" required>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
