// The creation object's keys: what each is for, its prefix, whether it is active and when it was last used. The
// operator creates (at most the server's limit of active keys) and revokes; revocation is final.
import { useState } from 'react';
import { App, Button, Card, Form, Input, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { zCreateApiKey, type ApiKeyList, type ApiKeyView, type CreatedApiKey } from '../../../../src/contracts/api-keys';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';

const { Text } = Typography;

interface Props {
  objectId: string;
  list: ApiKeyList | undefined;
  loading: boolean;
  canManage: boolean;
  onCreated: (key: CreatedApiKey) => void;
  onChanged: () => void;
}

function CreateKeyForm({ objectId, onCreated }: { objectId: string; onCreated: (key: CreatedApiKey) => void }) {
  const [form] = Form.useForm<{ label?: string }>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (values: { label?: string }) => {
    setRefusal(null);
    const parsed = zCreateApiKey.safeParse({ label: values.label ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      onCreated(await api.post<CreatedApiKey>(`/api/creation-objects/${objectId}/api-keys`, parsed.data));
      form.resetFields();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} className="create-key-form" aria-label="创建密钥">
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重试。" className="create-key-refusal" />}
      <Form.Item name="label" label="密钥用途" required>
        <Input maxLength={50} placeholder="如：服务管理系统对接" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        创建密钥
      </Button>
    </Form>
  );
}

function columnsFor(canManage: boolean, revoke: (key: ApiKeyView) => void): TableColumnsType<ApiKeyView> {
  const columns: TableColumnsType<ApiKeyView> = [
    { key: 'label', title: '用途', dataIndex: 'label' },
    { key: 'prefix', title: '密钥前缀', dataIndex: 'keyPrefix', render: (prefix: string) => <Text code>{prefix}…</Text> },
    { key: 'status', title: '状态', render: (_v, key) => (key.isActive ? <Tag color="success">有效</Tag> : <Tag>已吊销</Tag>) },
    { key: 'createdAt', title: '创建时间', dataIndex: 'createdAt', render: (iso: string) => formatDateTime(iso) },
    { key: 'lastUsedAt', title: '最近使用', dataIndex: 'lastUsedAt', render: (iso: string | null) => (iso ? formatDateTime(iso) : '从未使用') },
  ];
  if (!canManage) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: '操作',
      render: (_v, key) =>
        key.isActive ? (
          <Popconfirm title="吊销后该密钥立即失效且不能恢复，确定吊销？" okText="吊销" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => revoke(key)}>
            <Button type="link" danger size="small" style={{ paddingInline: 0 }}>
              吊销
            </Button>
          </Popconfirm>
        ) : (
          <Text type="secondary">{key.revokedAt ? `${formatDateTime(key.revokedAt)} 吊销` : '已吊销'}</Text>
        ),
    },
  ];
}

export function ApiKeysCard({ objectId, list, loading, canManage, onCreated, onChanged }: Props) {
  const { message } = App.useApp();
  const revoke = async (key: ApiKeyView) => {
    try {
      await api.post(`/api/creation-objects/${objectId}/api-keys/${key.id}/revoke`, {});
      void message.success(`密钥“${key.label}”已吊销`);
    } catch (caught) {
      void message.error(toApiError(caught).message);
    }
    onChanged();
  };
  const activeCount = list?.keys.filter((k) => k.isActive).length ?? 0;
  return (
    <Card size="small" title="数据接口密钥" role="region" aria-label="数据接口密钥" extra={list && <Text type="secondary">有效 {activeCount} / {list.maxActive}</Text>}>
      {canManage && <CreateKeyForm objectId={objectId} onCreated={onCreated} />}
      <Table<ApiKeyView>
        rowKey="id"
        size="small"
        loading={loading && !list}
        dataSource={list?.keys ?? []}
        columns={columnsFor(canManage, (key) => void revoke(key))}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未创建密钥' }}
      />
    </Card>
  );
}
