// One objection in the province's view: who objected (kept confidential), the facts and evidence, and — while it
// waits — the decision form: 属实 withdraws the entry with the findings as the published reason, 不属实 clears it.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { OBJECTION_STATUS_LABELS, zObjectionDecision, type ObjectionAdminView, type ObjectionDecisionRequest } from '../../../../src/contracts/notices';
import { api, toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import { applyFieldIssues, issuesFromApi, zodRule } from '../../lib/form-errors';

const STATUS_COLOURS = { received: 'gold', upheld: 'red', unfounded: 'green' } as const;

export function ObjectionItem({ objection, canDecide, onDecided }: { objection: ObjectionAdminView; canDecide: boolean; onDecided: () => void }) {
  const [form] = Form.useForm<ObjectionDecisionRequest>();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const decide = async (values: ObjectionDecisionRequest) => {
    setSending(true);
    setProblem(null);
    try {
      await api.post(`/api/objections/${objection.id}/decision`, values);
      void message.success('核实结论已记录');
      onDecided();
    } catch (caught) {
      const error = toApiError(caught);
      applyFieldIssues(form, issuesFromApi(error));
      setProblem(error.message);
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-label={`异议 ${objection.receiptNumber}`} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{objection.receiptNumber}</Typography.Text>
        <Tag color={STATUS_COLOURS[objection.status]}>{OBJECTION_STATUS_LABELS[objection.status]}</Tag>
        {objection.isOverdue && <Tag color="red">逾期未核实</Tag>}
        {objection.entryLeftBy && <Tag color="default">{objection.entryLeftBy}</Tag>}
      </Space>
      {objection.entryLeftBy && objection.status === 'received' && (
        // The entry is off the 公示 (Art. 12 or ineligibility): the objection decides nothing now, so it is not counted
        // as work; it may still be answered.
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={`异议对象已退出公示（${objection.entryLeftBy}），本异议不再影响公示结果，不计入待核实异议；仍可记录核实结论答复异议人。`} />
      )}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="异议对象">{objection.entryName}</Descriptions.Item>
        <Descriptions.Item label="异议人">
          {objection.objectorName} · {objection.objectorPhone}
          {objection.objectorEmail ? ` · ${objection.objectorEmail}` : ''}
          {objection.objectorOrganisation ? ` · ${objection.objectorOrganisation}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="受理时间">{formatDateTime(objection.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label="事实和理由">{objection.facts}</Descriptions.Item>
        <Descriptions.Item label="证明材料">
          {objection.attachments.length === 0
            ? '无'
            : objection.attachments.map((a) => (
                <a key={a.index} href={`/api/objections/${objection.id}/attachments/${a.index}`} target="_blank" rel="noreferrer" style={{ marginRight: 12 }}>
                  {a.name}
                </a>
              ))}
        </Descriptions.Item>
        {objection.investigation && <Descriptions.Item label="核实情况">{objection.investigation}</Descriptions.Item>}
      </Descriptions>
      {objection.status === 'received' && canDecide && (
        <Form<ObjectionDecisionRequest> form={form} layout="vertical" onFinish={decide} style={{ marginTop: 8 }}>
          <Form.Item name="outcome" label="核实结论" rules={[{ required: true, message: '请选择核实结论（属实或不属实）' }]}>
            <Radio.Group options={[{ value: 'upheld', label: '属实（不予确定）' }, { value: 'unfounded', label: '不属实' }]} />
          </Form.Item>
          <Form.Item name="investigation" label="核实情况" rules={[zodRule(zObjectionDecision.shape.investigation)]} extra="异议属实的，核实情况将作为不予确定的理由在公示页面向社会公开：只写核实的事实和结论，不得写入异议人姓名、单位、联系方式等可识别异议人的信息。">
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          {problem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={problem} />}
          <Button type="primary" htmlType="submit" loading={sending}>
            提交核实结论
          </Button>
        </Form>
      )}
    </section>
  );
}
