// 异议处理查询 (/notices/objection-status): the objector checks the handling with the receipt number and the phone
// given with the objection; nobody else can read it.
import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Result, Typography } from 'antd';
import { OBJECTION_STATUS_LABELS, zReceiptParams, zReceiptQuery, type ObjectionStatusView } from '../../../../src/contracts/notices';
import { PublicLayout } from '../../components/public-layout';
import { api, toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import { zodRule } from '../../lib/form-errors';

interface LookupValues {
  receiptNumber: string;
  phone: string;
}

export function ObjectionStatusPage() {
  const [status, setStatus] = useState<ObjectionStatusView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const lookUp = async ({ receiptNumber, phone }: LookupValues) => {
    setLoading(true);
    setProblem(null);
    try {
      setStatus(await api.get<ObjectionStatusView>(`/api/v1/objections/${encodeURIComponent(receiptNumber.trim().toUpperCase())}?phone=${encodeURIComponent(phone.trim())}`));
    } catch (caught) {
      const error = toApiError(caught);
      setStatus(null);
      setProblem(error.status === 404 ? '未查到该异议：请核对回执号和联系电话。' : error.message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <PublicLayout width="narrow">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        查询异议处理情况
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<LookupValues> layout="vertical" onFinish={lookUp}>
          <Form.Item name="receiptNumber" label="回执号" rules={[zodRule(zReceiptParams.shape.receiptNumber)]}>
            <Input placeholder="YY-20260928-XXXXXX" maxLength={20} />
          </Form.Item>
          <Form.Item name="phone" label="提交异议时填写的联系电话" rules={[zodRule(zReceiptQuery.shape.phone)]}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            查询
          </Button>
        </Form>
      </Card>
      {problem && <Result status="warning" title={problem} />}
      {status && (
        <Card size="small" title={`回执号 ${status.receiptNumber}`}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="公示">{status.noticeTitle}</Descriptions.Item>
            <Descriptions.Item label="异议对象">{status.entryName}</Descriptions.Item>
            <Descriptions.Item label="受理时间">{formatDateTime(status.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label="处理状态">{OBJECTION_STATUS_LABELS[status.status]}</Descriptions.Item>
            {status.investigation && <Descriptions.Item label="核实情况">{status.investigation}</Descriptions.Item>}
            {status.decidedAt && <Descriptions.Item label="认定时间">{formatDateTime(status.decidedAt)}</Descriptions.Item>}
          </Descriptions>
        </Card>
      )}
    </PublicLayout>
  );
}
