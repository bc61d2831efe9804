import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import {
  GOAL_ACHIEVEMENT_LABELS,
  GOAL_ACHIEVEMENTS,
  JUDGEMENT_COMMENT_MAX_LENGTH,
  OPINION_COMMENT_MAX_LENGTH,
  OPINION_CONCLUSION_LABELS,
  OPINION_CONCLUSIONS,
  type AcceptanceCaseView,
  type GoalAchievement,
  type MyAcceptanceReviewView,
  type OpinionConclusion,
} from '../../../../src/contracts/acceptance-opinions';
import { api, toApiError } from '../../lib/api';

interface Values {
  indicators: Record<string, { isMet?: boolean; comment?: string }>;
  goals: Record<number, { achievement?: GoalAchievement; comment?: string }>;
  conclusion?: OpinionConclusion;
  comment?: string;
}

type FieldName = ['indicators', string, 'isMet'] | ['goals', number, 'achievement'] | ['conclusion'] | ['comment'];
/** Server paths → form fields: indicator codes contain dots, so the code is everything after the prefix. */
function fieldOf(path: string, indicatorCodes: readonly string[]): FieldName | null {
  if (path.startsWith('indicatorJudgements.')) {
    const rest = path.slice('indicatorJudgements.'.length);
    const code = indicatorCodes.find((c) => rest === c || rest.startsWith(`${c}.`));
    return code ? ['indicators', code, 'isMet'] : null;
  }
  const goal = /^goalJudgements\.(\d+)/.exec(path);
  if (goal) return ['goals', Number(goal[1]), 'achievement'];
  if (path === 'conclusion') return ['conclusion'];
  if (path === 'comment') return ['comment'];
  return null;
}

function initialValuesOf(view: MyAcceptanceReviewView): Values {
  const opinion = view.opinion;
  return {
    indicators: Object.fromEntries((opinion?.indicatorJudgements ?? []).map((j) => [j.code, { isMet: j.isMet, comment: j.comment }])),
    goals: Object.fromEntries((opinion?.goalJudgements ?? []).map((j) => [j.goalIndex, { achievement: j.achievement, comment: j.comment }])),
    ...(opinion ? { conclusion: opinion.conclusion, comment: opinion.comment } : {}),
  };
}

/** 验收意见: each indicator left to experts 达到/未达到, each plan goal 已完成/部分完成/未完成, then the conclusion. */
export function AcceptanceOpinionForm({ view, theCase, onSaved }: { view: MyAcceptanceReviewView; theCase: AcceptanceCaseView; onSaved: (next: MyAcceptanceReviewView) => void }) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const readOnly = !view.canSubmit;
  const codes = theCase.indicatorsToJudge.map((i) => i.code);

  // Missing judgements are shown on the form before the confirmation is asked for.
  const confirmAndSubmit = async () => {
    setRefusal(null);
    try {
      await form.validateFields();
    } catch {
      setRefusal('请逐项完成评判并填写总体意见');
      return;
    }
    modal.confirm({ title: '提交验收意见', content: '提交后不能修改，确认提交？', okText: '提交', cancelText: '取消', onOk: submit });
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    const body = {
      indicatorJudgements: codes.map((code) => ({ code, isMet: values.indicators?.[code]?.isMet, comment: values.indicators?.[code]?.comment ?? '' })),
      goalJudgements: theCase.goals.map((g) => ({ goalIndex: g.goalIndex, achievement: values.goals?.[g.goalIndex]?.achievement, comment: values.goals?.[g.goalIndex]?.comment ?? '' })),
      conclusion: values.conclusion,
      comment: values.comment ?? '',
    };
    setSaving(true);
    try {
      const next = await api.post<MyAcceptanceReviewView>(`/api/my-acceptance-reviews/${view.id}/opinion`, body);
      void message.success('验收意见已提交');
      onSaved(next);
    } catch (caught) {
      const error = toApiError(caught);
      form.setFields(
        error.issues.flatMap((issue) => {
          const name = fieldOf(issue.path, codes);
          return name ? [{ name, errors: [issue.message] }] : [];
        }),
      );
      setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };

  const title = view.opinion ? `验收意见（已提交，结论：${OPINION_CONCLUSION_LABELS[view.opinion.conclusion]}）` : '验收意见';
  return (
    <Card title={title}>
      {readOnly && !view.opinion && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="该验收已结束，不能再提交意见" />}
      <Typography.Paragraph type="secondary">意见提交后不能修改。专家意见供省工业和信息化厅作出验收结论参考。</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form form={form} layout="vertical" name="acceptance-opinion" disabled={readOnly} initialValues={initialValuesOf(view)} onValuesChange={() => setRefusal(null)}>
        <Typography.Title level={5}>需专家评判的指标（对照认定标准）</Typography.Title>
        {theCase.indicatorsToJudge.length === 0 && <Typography.Paragraph type="secondary">本次测算没有需专家评判的指标。</Typography.Paragraph>}
        {theCase.indicatorsToJudge.map((indicator) => (
          <div key={indicator.code} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 16 }}>
            <Typography.Text strong>{`${indicator.name}（${indicator.group}）`}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0 8px' }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
              {`认定标准：${indicator.required}；实际：${indicator.actualText}`}
            </Typography.Paragraph>
            <Form.Item label={`${indicator.name}是否达到`} name={['indicators', indicator.code, 'isMet']} rules={[{ required: true, message: `请评判“${indicator.name}”是否达到认定标准` }]}>
              <Radio.Group options={[{ value: true, label: '达到' }, { value: false, label: '未达到' }]} />
            </Form.Item>
            <Form.Item label={`${indicator.name}意见`} name={['indicators', indicator.code, 'comment']}>
              <Input.TextArea rows={2} maxLength={JUDGEMENT_COMMENT_MAX_LENGTH} />
            </Form.Item>
          </div>
        ))}
        <Typography.Title level={5}>创建目标完成情况</Typography.Title>
        {theCase.goals.map((goal) => (
          <div key={goal.goalIndex} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 16 }}>
            <Typography.Text strong>{`${goal.goalIndex + 1}. ${goal.target}`}</Typography.Text>
            <Form.Item
              label={`第${goal.goalIndex + 1}项目标完成情况`}
              name={['goals', goal.goalIndex, 'achievement']}
              style={{ marginTop: 8 }}
              rules={[{ required: true, message: `请评判第${goal.goalIndex + 1}项目标的完成情况` }]}
            >
              <Radio.Group options={GOAL_ACHIEVEMENTS.map((a) => ({ value: a, label: GOAL_ACHIEVEMENT_LABELS[a] }))} />
            </Form.Item>
            <Form.Item label={`第${goal.goalIndex + 1}项目标意见`} name={['goals', goal.goalIndex, 'comment']}>
              <Input.TextArea rows={2} maxLength={JUDGEMENT_COMMENT_MAX_LENGTH} />
            </Form.Item>
          </div>
        ))}
        <Form.Item label="验收结论" name="conclusion" rules={[{ required: true, message: '请选择验收结论：通过或不通过' }]}>
          <Radio.Group options={OPINION_CONCLUSIONS.map((c) => ({ value: c, label: OPINION_CONCLUSION_LABELS[c] }))} />
        </Form.Item>
        <Form.Item label="总体意见" name="comment" rules={[{ required: true, whitespace: true, message: '请填写总体意见' }]}>
          <Input.TextArea rows={4} maxLength={OPINION_COMMENT_MAX_LENGTH} showCount />
        </Form.Item>
      </Form>
      {!readOnly && (
        <Button type="primary" loading={saving} onClick={confirmAndSubmit}>
          提交验收意见
        </Button>
      )}
    </Card>
  );
}
