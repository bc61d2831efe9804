// 授予角色 (F7 item 2): role, then its scope — a city for 地市, an organisation for 申报单位. The server refuses any
// administrator/business mix (三员分立) with a Chinese reason, which this form shows as it came.
import { useState } from 'react';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { zGrantRoleRequest, type AccountView, type OrganisationChoices } from '../../../../src/contracts/accounts';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { ROLES, ROLE_LABELS, isAdminRole, type Role } from '../../../../src/domain/shared/roles';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: isAdminRole(role) ? `${ROLE_LABELS[role]}（管理员）` : ROLE_LABELS[role] }));
const CITY_OPTIONS = CITIES.map((city) => ({ value: city.code, label: city.name }));

interface Values {
  role?: Role;
  cityCode?: string;
  organisationId?: string;
}

function OrganisationSelect({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const [q, setQ] = useState('');
  const { data, loading } = useFetch<OrganisationChoices>(`/api/admin/organisation-choices?q=${encodeURIComponent(q)}`);
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim().slice(0, 50)) }}
      loading={loading}
      placeholder="输入单位名称搜索"
      aria-label="申报单位"
      notFoundContent={loading ? '搜索中…' : '没有找到该单位'}
      options={(data?.organisations ?? []).map((o) => ({ value: o.id, label: o.cityName ? `${o.name}（${o.cityName}）` : o.name }))}
    />
  );
}

export function GrantRoleModal({ account, onClose, onGranted }: { account: AccountView; onClose: () => void; onGranted: () => void }) {
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (values: Values) => {
    setRefusal(null);
    const body = { role: values.role, ...(values.role === 'city' ? { cityCode: values.cityCode } : {}), ...(values.role === 'applicant' ? { organisationId: values.organisationId } : {}) };
    const parsed = zGrantRoleRequest.safeParse(body);
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.post(`/api/admin/accounts/${account.id}/roles`, parsed.data);
      onGranted();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal(error.message);
      applyFieldIssues(form, issuesFromApi(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`为“${account.displayName}”授予角色`} okText="授予" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label="授予角色">
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">
          三员分立：管理员角色只能单独授予一个账号，不能与业务角色或其他管理员角色并存。
        </Typography.Paragraph>
        <Form.Item name="role" label="角色" required>
          <Select options={ROLE_OPTIONS} placeholder="请选择角色" aria-label="角色" />
        </Form.Item>
        {role === 'city' && (
          <Form.Item name="cityCode" label="地市" required>
            <Select options={CITY_OPTIONS} placeholder="请选择地市" aria-label="地市" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
        {role === 'applicant' && (
          <Form.Item name="organisationId" label="申报单位" required>
            <OrganisationSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
