import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import type { MyAcceptanceReviewItem } from '../../../../src/contracts/acceptance-opinions';
import { api, toApiError } from '../../lib/api';

/** 利害关系声明: made once, before anything of the case is shown (回避, ADR 0015). */
export function AcceptanceDeclarationCard({ item, onDeclared }: { item: MyAcceptanceReviewItem; onDeclared: (declaration: 'none' | 'conflicted') => void }) {
  const [conflicted, setConflicted] = useState(false);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const declare = async (declaration: 'none' | 'conflicted') => {
    setRefusal(null);
    setSaving(true);
    try {
      await api.post(`/api/my-acceptance-reviews/${item.id}/declaration`, { declaration, note });
      onDeclared(declaration);
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal(error.issues[0]?.message ?? error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="利害关系声明" style={{ maxWidth: 760 }}>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="平台（基地）名称">{item.platformName}</Descriptions.Item>
        <Descriptions.Item label="运营主体">{item.organisationName}</Descriptions.Item>
        <Descriptions.Item label="所在地市">{item.cityName}</Descriptions.Item>
        <Descriptions.Item label="验收批次">{`第${item.attempt}次评估验收`}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph>
        请如实声明您与上述运营主体是否存在任职、顾问、亲属、合作、投资等利害关系。声明后不能更改；声明存在利害关系的，您将不再参加此次验收，省工业和信息化厅将另行安排。
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={refusal} />}
      {conflicted ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea aria-label="利害关系说明" rows={3} maxLength={500} placeholder="请简要说明存在的利害关系" value={note} onChange={(e) => setNote(e.target.value)} />
          <Space wrap>
            <Button danger type="primary" loading={saving} onClick={() => declare('conflicted')}>
              确认存在利害关系
            </Button>
            <Button onClick={() => setConflicted(false)}>返回</Button>
          </Space>
        </Space>
      ) : (
        <Space wrap>
          <Button type="primary" loading={saving} onClick={() => declare('none')}>
            声明无利害关系
          </Button>
          <Button danger onClick={() => setConflicted(true)}>
            存在利害关系
          </Button>
        </Space>
      )}
    </Card>
  );
}
