import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { api, toApiError } from '../../lib/api';

interface DeclarationCardProps {
  /** Where the declaration is posted: /api/my-reviews/:id/declaration or /api/my-acceptance-reviews/:id/declaration. */
  url: string;
  /** What the expert is asked about (申报编号, 名称, 运营主体, 地市 …). */
  details: readonly { label: string; value: string }[];
  /** What a conflict takes the expert off, e.g. 评审此申报 or 参加此次验收. */
  task: string;
  onDeclared: (declaration: 'none' | 'conflicted') => void;
}

/**
 * 利害关系声明: made once, before anything of the case is shown (Art. 7(2) 回避) — for the application review (F3)
 * and for acceptance (ADR 0015) alike.
 */
export function DeclarationCard({ url, details, task, onDeclared }: DeclarationCardProps) {
  const [conflicted, setConflicted] = useState(false);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const declare = async (declaration: 'none' | 'conflicted') => {
    setRefusal(null);
    setSaving(true);
    try {
      await api.post(url, { declaration, note });
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
        {details.map(({ label, value }) => (
          <Descriptions.Item key={label} label={label}>
            {value}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph>
        请如实声明您与上述单位是否存在任职、顾问、亲属、合作、投资等利害关系。声明后不能更改；声明存在利害关系的，您将不再{task}，省工业和信息化厅将另行安排。
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
