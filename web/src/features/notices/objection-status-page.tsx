// 异议处理查询 (/notices/objection-status): the objector checks the handling with the receipt number and the phone
// given with the objection; nobody else can read it. The phone goes in a POST body, never a URL (ADR 0023: a URL
// stays in history, proxy logs and the Referer). Checks by hand with the contract's messages (zReceiptParams,
// zObjectionStatusRequest) and plain boxes: no zod, no antd Card on a public page (F6 item 5).
import { useState } from 'react';
import { Button, Form, Input, Result, Typography, type FormRule } from 'antd';
import type { ObjectionStatusView } from '../../../../src/contracts/notices';
import { OBJECTION_STATUS_LABELS, OBJECTION_STATUS_PHONE_MESSAGES } from '../../../../src/domain/publicity/notice-terms';
import { RECEIPT_NUMBER_PATTERN } from '../../../../src/domain/publicity/objection-window';
import { PHONE_PATTERN } from '../../../../src/domain/shared/phone';
import { PublicLayout } from '../../components/public-layout';
import { api, toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import '../../components/public-pages.css';

interface LookupValues {
  receiptNumber: string;
  phone: string;
}

const receiptRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') throw new Error('请填写回执号');
    if (!RECEIPT_NUMBER_PATTERN.test(value.trim().toUpperCase())) throw new Error('回执号格式应为 YY-年月日-6位字母数字');
  },
};

const phoneRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(OBJECTION_STATUS_PHONE_MESSAGES.missing);
    if (!PHONE_PATTERN.test(value.trim())) throw new Error(OBJECTION_STATUS_PHONE_MESSAGES.malformed);
  },
};

export function ObjectionStatusPage() {
  const [status, setStatus] = useState<ObjectionStatusView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const lookUp = async ({ receiptNumber, phone }: LookupValues) => {
    setLoading(true);
    setProblem(null);
    try {
      const receipt = encodeURIComponent(receiptNumber.trim().toUpperCase());
      setStatus(await api.post<ObjectionStatusView>(`/api/v1/objections/${receipt}/status`, { phone: phone.trim() }));
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
      <div className="pp-box">
        <div className="pp-box-body">
          <Form<LookupValues> layout="vertical" onFinish={lookUp}>
            <Form.Item name="receiptNumber" label="回执号" rules={[receiptRule]}>
              <Input placeholder="YY-20260928-XXXXXX" maxLength={20} />
            </Form.Item>
            <Form.Item name="phone" label="提交异议时填写的联系电话" rules={[phoneRule]}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              查询
            </Button>
          </Form>
        </div>
      </div>
      {problem && <Result status="warning" title={problem} />}
      {status && (
        <section className="pp-box" aria-labelledby="objection-status-title">
          <h3 className="pp-box-title" id="objection-status-title">
            回执号 {status.receiptNumber}
          </h3>
          <dl className="pp-facts pp-box-body" style={{ marginBottom: 0 }}>
            <dt>公示</dt>
            <dd>{status.noticeTitle}</dd>
            <dt>异议对象</dt>
            <dd>{status.entryName}</dd>
            <dt>受理时间</dt>
            <dd>{formatDateTime(status.receivedAt)}</dd>
            <dt>处理状态</dt>
            <dd>{OBJECTION_STATUS_LABELS[status.status]}</dd>
            {status.investigation && (
              <>
                <dt>核实情况</dt>
                <dd style={{ whiteSpace: 'pre-wrap' }}>{status.investigation}</dd>
              </>
            )}
            {status.decidedAt && (
              <>
                <dt>认定时间</dt>
                <dd>{formatDateTime(status.decidedAt)}</dd>
              </>
            )}
          </dl>
        </section>
      )}
    </PublicLayout>
  );
}
