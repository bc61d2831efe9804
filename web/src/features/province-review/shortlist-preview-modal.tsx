// 确定拟创建对象 (Art. 7(2)): first the preview — state and formal check per row, the internal mean score, and
// the 年度创建数量 — then the commit, which the server applies all or nothing. Scores stay internal (Art. 8).
import { useEffect, useState } from 'react';
import { Alert, App, List, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import type { BatchResult } from '../../../../src/contracts/city-review';
import type { ShortlistPreview } from '../../../../src/contracts/province-review';
import { api, toApiError, type ApiError } from '../../lib/api';
import { QuotaLine } from '../city-review/review-shared';
import { ScoreText } from './score-text';

export function ShortlistPreviewModal({ callId, applicationIds, onClose }: { callId: string; applicationIds: string[]; onClose: (changed: boolean) => void }) {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<ShortlistPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api
      .post<ShortlistPreview>(`/api/calls/${callId}/shortlist/preview`, { applicationIds })
      .then(setPreview)
      .catch((caught: unknown) => setError(toApiError(caught)));
  }, [callId, applicationIds]);

  const confirm = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      const items = preview.rows.map((row) => ({ id: row.id, lockVersion: row.lockVersion ?? 0 }));
      const result = await api.post<BatchResult>(`/api/calls/${callId}/shortlist`, { items });
      void message.success(`已确定${result.items.length}个拟创建对象`);
      onClose(true);
    } catch (caught) {
      const failure = toApiError(caught);
      void message.error(failure.message);
      onClose(failure.status === 409);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title="确定拟创建对象" okText="确认确定" cancelText="取消" onOk={confirm} onCancel={() => onClose(false)} confirmLoading={saving} okButtonProps={{ disabled: !preview?.canCommit }} width={680}>
      {error && <Alert type="error" showIcon title={error.message} />}
      {!preview && !error && <Skeleton active />}
      {preview && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <QuotaLine label="年度创建数量" usedLabel="已确定" quota={preview.quota} />
          <Typography.Text>本次确定 {preview.quota.adding} 个。专家评分仅供内部审核参考，不公开、不排名（《办法》第八条）。</Typography.Text>
          {preview.message && <Alert type="error" showIcon title={preview.message} />}
          {!preview.message && !preview.canCommit && <Alert type="warning" showIcon title="部分申报不能确定，请取消勾选后重试。" />}
          <List
            size="small"
            bordered
            dataSource={preview.rows}
            renderItem={(row) => (
              <List.Item>
                <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                  <Space wrap size={[8, 0]}>
                    {row.isOk ? <Tag color="green">可确定</Tag> : <Tag color="red">不能确定</Tag>}
                    <Typography.Text strong>{row.name || '（未找到）'}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">
                    形式审查：{row.formalCheck ? (row.formalCheck.isPassed ? '通过' : '不通过') : '未审查'} · 专家评分：<ScoreText item={row} />
                  </Typography.Text>
                  {row.problem && <Typography.Text type="danger">{row.problem}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Modal>
  );
}
