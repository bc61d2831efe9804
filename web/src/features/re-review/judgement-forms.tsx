// The city's assessment (达标 / 不达标 with its opinion) and the province's decision (with its reason) on a re-review
// (Art. 10: 省工业和信息化厅…会同地市级中小企业主管部门…复核; ADR 0016). Both are checked with the contract's schemas
// before anything is sent, and confirmed first: the province's confirmation says what a fail does now.
import { useState } from 'react';
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import {
  CITY_OPINION_LABELS,
  CITY_OPINIONS,
  RE_REVIEW_COMMENT_MAX_LENGTH,
  RE_REVIEW_OUTCOME_LABELS,
  RE_REVIEW_OUTCOMES,
  zAssessReReview,
  zDecideReReview,
  type ObjectReReviewsView,
  type ReReviewOutcome,
  type ReReviewView,
} from '../../../../src/contracts/re-review';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { reReviewApi } from './re-review-api';
import { decisionConsequence, failureConsequenceText } from './re-review-view';

interface Props {
  view: ObjectReReviewsView;
  reReview: ReReviewView;
  onChanged: () => void;
}

type Step = 'assessment' | 'decision';

interface Values {
  choice?: string;
  text?: string;
}

// The form's fields are choice/text; the contract calls them opinion/comment (city) or outcome/reason (province).
const FIELD_OF: Record<string, string> = { opinion: 'choice', outcome: 'choice', comment: 'text', reason: 'text' };

function JudgementForm({ view, reReview, onChanged, step }: Props & { step: Step }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const choice = Form.useWatch('choice', form);
  const isDecision = step === 'decision';
  const title = isDecision ? '省级复核结论' : '地市评估意见';
  const options = isDecision
    ? RE_REVIEW_OUTCOMES.map((value) => ({ value, label: value === 'passed' ? '达标' : '不达标' }))
    : CITY_OPINIONS.map((value) => ({ value, label: CITY_OPINION_LABELS[value] }));

  const toForm = (issues: { path: (string | number)[]; message: string }[]) =>
    issues.map((issue) => ({ ...issue, path: issue.path.map((p) => (typeof p === 'string' ? (FIELD_OF[p] ?? p) : p)) }));

  const send = async (body: unknown) => {
    setSaving(true);
    try {
      if (isDecision) await reReviewApi.decide(view.object.id, reReview.id, body as never);
      else await reReviewApi.assess(view.object.id, reReview.id, body as never);
      void message.success(isDecision ? '复核结论已作出' : '地市评估意见已提交，报省工业和信息化厅');
      onChanged();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, toForm(issuesFromApi(error))) });
      if (error.status === 409) onChanged();
    } finally {
      setSaving(false);
    }
  };

  const submit = (values: Values) => {
    setRefusal(null);
    const text = values.text ?? '';
    const parsed = isDecision
      ? zDecideReReview.safeParse({ lockVersion: view.lockVersion, outcome: values.choice, reason: text })
      : zAssessReReview.safeParse({ opinion: values.choice, comment: text });
    if (!parsed.success) {
      applyFieldIssues(form, toForm(issuesFromZod(parsed.error)));
      return;
    }
    const label = options.find((o) => o.value === values.choice)?.label ?? '';
    const isFail = values.choice === 'failed' || values.choice === 'fail';
    modal.confirm({
      title: isDecision ? `确认复核结论：${RE_REVIEW_OUTCOME_LABELS[values.choice as ReReviewOutcome]}` : `确认地市评估意见：${label}`,
      content: isDecision
        ? `${decisionConsequence(values.choice as ReReviewOutcome, view.failureConsequence, view.object.name)}运营主体和所在地市将收到通知。`
        : '评估意见提交后不能更改，将报省工业和信息化厅作出复核结论。',
      okText: isDecision ? (isFail ? `确认不达标，${failureConsequenceText(view.failureConsequence)}` : '确认达标') : '确认提交',
      okButtonProps: { danger: isDecision && isFail },
      cancelText: '再想想',
      onOk: () => send(parsed.data),
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="choice" label={isDecision ? '复核结论' : '评估意见'} required>
        <Radio.Group options={options} />
      </Form.Item>
      {isDecision && (choice === 'failed' || (choice === undefined && view.failureConsequence === 'revocation')) && (
        <Typography.Paragraph type="warning">复核不达标的，将{failureConsequenceText(view.failureConsequence)}（《管理办法》第十条）。</Typography.Paragraph>
      )}
      <Form.Item name="text" label={isDecision ? '理由' : '说明'} required>
        <Input.TextArea
          rows={4}
          maxLength={RE_REVIEW_COMMENT_MAX_LENGTH}
          showCount
          placeholder={isDecision ? '对照认定标准和地市评估意见作出复核结论的理由' : '对照认定标准，对运行和服务情况的评估意见'}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {isDecision ? '提交复核结论' : '提交评估意见'}
      </Button>
    </Form>
  );
}

export const AssessmentForm = (props: Props) => <JudgementForm {...props} step="assessment" />;
export const DecisionForm = (props: Props) => <JudgementForm {...props} step="decision" />;
