import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { zAddExpert, type AddExpertResult } from '../../../../src/contracts/experts';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

const FORMAT = 'YYYY-MM-DD';
const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(FORMAT) : ''),
};

interface Props {
  open: boolean;
  onClose: () => void;
  onAdded: (result: AddExpertResult) => void;
}

/** 添加专家: the pool row and the expert's login account together (Art. 7(2)). */
export function AddExpertModal({ open, onClose, onAdded }: Props) {
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    setRefusal(null);
    const parsed = zAddExpert.safeParse(form.getFieldsValue());
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const result = await api.post<AddExpertResult>('/api/experts', parsed.data);
      form.resetFields();
      onAdded(result);
    } catch (caught) {
      const error = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(error));
      setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="添加评审专家" open={open} onCancel={onClose} onOk={submit} okText="添加" cancelText="取消" confirmLoading={saving} destroyOnHidden>
      <Typography.Paragraph type="secondary">同时为专家开通登录账号；初始密码只显示一次，专家首次登录须修改。</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} layout="vertical" name="add-expert" initialValues={{ employerCreditCode: '' }}>
        <Form.Item label="姓名" name="name" required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="专业领域" name="field" required>
          <Input maxLength={100} placeholder="如：数字化转型、产业集群" />
        </Form.Item>
        <Form.Item label="工作单位" name="employer" required>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="工作单位统一社会信用代码" name="employerCreditCode" extra="填写后，抽取时自动回避该单位的申报。">
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item label="所在地市" name="cityCode" required extra="抽取时自动回避同一地市的申报。">
          <Select showSearch optionFilterProp="label" options={CITIES.map((c) => ({ value: c.code, label: c.name }))} />
        </Form.Item>
        <Form.Item label="聘期开始日期" name="termStartsOn" required {...dateProps}>
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="聘期结束日期" name="termEndsOn" required {...dateProps}>
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="登录用户名" name="username" required>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
