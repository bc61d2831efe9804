// 批量推荐 (Art. 7(1)): first what would happen — per row and against the city's 推荐名额 — then 确认推荐, which
// the server applies all or nothing.
import { useEffect, useState } from 'react';
import { Alert, App, List, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import type { BatchResult, RecommendationPreview } from '../../../../src/contracts/city-review';
import { api, toApiError, type ApiError } from '../../lib/api';
import { QuotaLine } from './review-shared';

interface Props {
  callId: string;
  applicationIds: string[];
  onClose: (changed: boolean) => void;
}

export function RecommendPreviewModal({ callId, applicationIds, onClose }: Props) {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<RecommendationPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api
      .post<RecommendationPreview>('/api/city-review/recommendations/preview', { callId, applicationIds })
      .then(setPreview)
      .catch((caught: unknown) => setError(toApiError(caught)));
  }, [callId, applicationIds]);

  const confirm = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      const items = preview.rows.map((row) => ({ id: row.id, lockVersion: row.lockVersion ?? 0 }));
      const result = await api.post<BatchResult>('/api/city-review/recommendations', { callId, items });
      void message.success(`已推荐${result.items.length}个申报至省工业和信息化厅`);
      onClose(true);
    } catch (caught) {
      const failure = toApiError(caught);
      void message.error(failure.message);
      // Someone else acted first: the list must be read again before deciding.
      onClose(failure.status === 409);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="批量推荐：确认推荐结果"
      okText="确认推荐"
      cancelText="取消"
      onOk={confirm}
      onCancel={() => onClose(false)}
      confirmLoading={saving}
      okButtonProps={{ disabled: !preview?.canCommit }}
      width={640}
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {!preview && !error && <Skeleton active />}
      {preview && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <QuotaLine label={`${preview.cityName}推荐名额`} usedLabel="已推荐" quota={{ ...preview.cap }} />
          <Typography.Text>本次推荐 {preview.cap.adding} 个。</Typography.Text>
          {preview.message && <Alert type="error" showIcon title={preview.message} />}
          {!preview.message && !preview.canCommit && <Alert type="warning" showIcon title="部分申报不能推荐，请取消勾选后重试。" />}
          <List
            size="small"
            bordered
            dataSource={preview.rows}
            renderItem={(row) => (
              <List.Item>
                <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                  <Space wrap size={[8, 0]}>
                    {row.isOk ? <Tag color="green">可推荐</Tag> : <Tag color="red">不能推荐</Tag>}
                    <Typography.Text strong>{row.name || '（无法查看）'}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{row.problem ?? row.organisationName}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Modal>
  );
}
