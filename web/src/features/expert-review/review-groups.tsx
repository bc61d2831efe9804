import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, InputNumber, Skeleton, Typography } from 'antd';
import type { ReviewGroupList } from '../../../../src/contracts/experts';
import { ErrorResult } from '../../components/error-result';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';
import { GroupCard } from './group-card';

interface GroupFormValues {
  name?: string;
  expertCount?: number;
  applicationIds?: string[];
}

export function ReviewGroups({ callId, onChanged }: { callId: string; onChanged: () => void }) {
  const groups = useFetch<ReviewGroupList>(`/api/calls/${callId}/review-groups`);
  const [form] = Form.useForm<GroupFormValues>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const create = async (values: GroupFormValues) => {
    setRefusal(null);
    setSaving(true);
    try {
      await api.post(`/api/calls/${callId}/review-groups`, { name: values.name ?? '', expertCount: values.expertCount, applicationIds: values.applicationIds ?? [] });
      form.resetFields();
      groups.reload();
      onChanged();
    } catch (caught) {
      const error = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(error));
      setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };

  if (groups.error) return <ErrorResult error={groups.error} onRetry={groups.reload} />;
  if (!groups.data) return <Skeleton active />;
  const { available, items } = groups.data;
  return (
    <>
      <Card title="新建评审组" style={{ marginBottom: 16 }}>
        {available.length === 0 ? (
          <Empty description="没有待编组的已推荐申报" />
        ) : (
          <Form form={form} layout="vertical" name="create-group" onFinish={create} initialValues={{ expertCount: 5, name: `第${items.length + 1}评审组` }}>
            {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
            <Form.Item label="评审组名称" name="name" required>
              <Input maxLength={100} style={{ maxWidth: 360 }} />
            </Form.Item>
            <Form.Item label="抽取专家人数" name="expertCount" required>
              <InputNumber min={1} max={50} precision={0} />
            </Form.Item>
            <Form.Item label="参加评审的申报（已推荐）" name="applicationIds" required>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {available.map((a) => (
                  <Checkbox key={a.id} value={a.id} style={{ overflowWrap: 'anywhere' }}>
                    {a.applicationNumber} {a.name}（{a.organisationName}，{a.cityName}）
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              建立评审组
            </Button>
          </Form>
        )}
      </Card>
      {items.length === 0 ? (
        <Typography.Paragraph type="secondary">本年度尚未建立评审组。</Typography.Paragraph>
      ) : (
        items.map((group) => (
          <GroupCard
            key={group.id}
            group={group}
            onChanged={() => {
              groups.reload();
              onChanged();
            }}
          />
        ))
      )}
    </>
  );
}
