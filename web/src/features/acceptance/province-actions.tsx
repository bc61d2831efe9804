// What the province does on an acceptance (ADR 0015): start the review (the snapshot is frozen then), assign
// experts from the pool (the expert side's route refuses ineligible ones by name), and decide pass or fail with a
// reason once every assigned expert has declared and those without a conflict have given their opinions.
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Radio, Select, Typography } from 'antd';
import { ACCEPTANCE_REASON_MAX_LENGTH, type AcceptanceAttemptView, type AcceptanceView } from '../../../../src/contracts/acceptance';
import type { ExpertList } from '../../../../src/contracts/experts';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';
import { acceptanceApi } from './acceptance-api';

interface Props {
  view: AcceptanceView;
  onChanged: () => void;
}

export function StartReviewButton({ view, onChanged }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await acceptanceApi.start(view.object.id, view.lockVersion);
      void message.success('已组织评估验收，指标快照已固定');
      onChanged();
    } catch (caught) {
      setRefusal(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      {refusal && <RefusalAlert refusal={{ message: refusal, general: [] }} hint="请刷新后再办理。" />}
      <Popconfirm title="组织评估验收" description="将固定整个创建期的指标数据作为验收快照，此后不再重算。确定吗？" okText="确定组织" cancelText="取消" onConfirm={() => start()}>
        <Button type="primary" loading={busy}>
          组织评估验收
        </Button>
      </Popconfirm>
    </Flex>
  );
}

export function AssignExperts({ attempt, onChanged }: { attempt: AcceptanceAttemptView; onChanged: () => void }) {
  const { message } = App.useApp();
  const pool = useFetch<ExpertList>('/api/experts');
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const assigned = new Set(attempt.opinions.map((o) => o.expertId));
  const options = (pool.data?.items ?? [])
    .filter((e) => e.isActive && !assigned.has(e.id))
    .map((e) => ({ value: e.id, label: `${e.name}（${e.field}，${e.employer}）` }));
  const assign = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await acceptanceApi.assignExperts(attempt.id, selected);
      void message.success('已指派验收专家');
      setSelected([]);
      onChanged();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: error.issues.map((i) => ({ path: i.path.split('.'), message: i.message })) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8} role="group" aria-label="指派验收专家">
      <Typography.Title level={5} style={{ margin: 0 }}>
        指派验收专家
      </Typography.Title>
      <Typography.Text type="secondary">不得指派与运营主体有利害关系或任期未覆盖今日的专家；专家声明无利害关系后方可查看材料。</Typography.Text>
      {refusal && <RefusalAlert refusal={refusal} hint="请重新选择专家。" />}
      <Select
        mode="multiple"
        aria-label="验收专家"
        placeholder="从专家库选择验收专家"
        loading={pool.loading}
        options={options}
        value={selected}
        onChange={setSelected}
        optionFilterProp="label"
        style={{ width: '100%' }}
      />
      <div>
        <Button onClick={() => void assign()} loading={busy} disabled={selected.length === 0}>
          指派专家
        </Button>
      </div>
    </Flex>
  );
}

interface DecisionValues {
  outcome?: 'passed' | 'failed';
  reason?: string;
}

export function DecisionForm({ view, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const failText = view.currentAttempt === 2 ? '延期后再次验收未通过，将退出创建活动' : '首次验收未通过，创建期将延长1年';
  const decide = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values?.outcome) return;
    setBusy(true);
    setRefusal(null);
    try {
      await acceptanceApi.decide(view.object.id, { lockVersion: view.lockVersion, outcome: values.outcome, reason: values.reason ?? '' });
      void message.success('验收结论已作出');
      onChanged();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
      if (error.status === 409) onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<DecisionValues> form={form} layout="vertical" aria-label="验收结论">
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Form.Item name="outcome" label="验收结论" rules={[{ required: true, message: '请选择验收结论' }]}>
        <Radio.Group>
          <Radio value="passed">通过（确定为拟认定对象）</Radio>
          <Radio value="failed">不通过</Radio>
        </Radio.Group>
      </Form.Item>
      {outcome === 'failed' && <Typography.Paragraph type="warning">{failText}。</Typography.Paragraph>}
      <Form.Item name="reason" label="理由" rules={[{ required: true, whitespace: true, message: '请填写验收结论理由' }]}>
        <Input.TextArea rows={4} maxLength={ACCEPTANCE_REASON_MAX_LENGTH} showCount placeholder="对照认定标准和创建方案目标任务的评估意见" />
      </Form.Item>
      <Popconfirm title="作出验收结论" description="验收结论作出后不能更改。确定提交吗？" okText="确定提交结论" cancelText="取消" onConfirm={() => decide()}>
        <Button type="primary" loading={busy}>
          提交验收结论
        </Button>
      </Popconfirm>
    </Form>
  );
}
