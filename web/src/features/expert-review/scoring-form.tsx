import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Typography } from 'antd';
import type { ReviewCaseView } from '../../../../src/contracts/experts';
import { api, toApiError } from '../../lib/api';

interface Values {
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  overall: string;
}

/** Server paths → form paths: criterion codes contain dots, and the overall opinion is the '' comment. */
type FieldName = ['scores', string] | ['comments', string] | ['overall'];
function fieldOf(path: string): FieldName | null {
  if (path.startsWith('scores.')) return ['scores', path.slice('scores.'.length)];
  if (path.startsWith('comments.')) return ['comments', path.slice('comments.'.length)];
  if (path === 'comments') return ['overall'];
  return null;
}

/** 创建方案评分 (Attachment 3): six criteria with comments; 暂存 keeps a draft, 提交评分 is final. */
export function ScoringForm({ view, onSaved }: { view: ReviewCaseView; onSaved: (next: ReviewCaseView) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submitted = view.submittedAt !== null;
  const { '': overall = '', ...comments } = view.comments;

  const save = async (isFinal: boolean) => {
    setRefusal(null);
    setSaving(true);
    const values = form.getFieldsValue(true) as Values;
    const body = {
      scores: Object.fromEntries(view.criteria.map((c) => [c.code, values.scores?.[c.code] ?? null])),
      comments: { ...Object.fromEntries(Object.entries(values.comments ?? {}).filter(([, text]) => text)), '': values.overall ?? '' },
      isFinal,
    };
    try {
      const next = await api.post<ReviewCaseView>(`/api/my-reviews/${view.id}/scores`, body);
      void message.success(isFinal ? '评分已提交' : '已暂存');
      onSaved(next);
    } catch (caught) {
      const error = toApiError(caught);
      form.setFields(
        error.issues.flatMap((issue) => {
          const name = fieldOf(issue.path);
          return name ? [{ name, errors: [issue.message] }] : [];
        }),
      );
      setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={submitted ? `评分（已提交，总分 ${view.total ?? '—'}）` : '评分'}>
      <Typography.Paragraph type="secondary">
        每项0至{view.maxScore}分（整数），总分按权重折算为百分制。评分仅供内部评审使用，不排名、不公开。
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} layout="vertical" name="scoring" disabled={submitted} initialValues={{ scores: view.scores ?? {}, comments, overall }}>
        {view.criteria.map((c) => (
          <div key={c.code} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 16 }}>
            <Typography.Text strong>
              {c.name}（权重{c.weight}）
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>
              {c.guidance}
            </Typography.Paragraph>
            <Form.Item label={`${c.name}得分`} name={['scores', c.code]}>
              <InputNumber min={0} max={view.maxScore} precision={0} addonAfter={`/ ${view.maxScore}`} />
            </Form.Item>
            <Form.Item label={`${c.name}评审意见`} name={['comments', c.code]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </div>
        ))}
        <Form.Item label="总体评审意见" name="overall" required>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
      {!submitted && (
        <Space wrap>
          <Button loading={saving} onClick={() => save(false)}>
            暂存
          </Button>
          <Popconfirm title="提交后不能修改，确认提交评分？" okText="提交" cancelText="取消" onConfirm={() => save(true)}>
            <Button type="primary" loading={saving}>
              提交评分
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
