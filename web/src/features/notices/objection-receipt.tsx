import { Result, Typography } from 'antd';
import type { ObjectionReceipt } from '../../../../src/contracts/notices';
import { LinkButton } from '../../components/link-button';
import { formatDateTime } from '../../lib/format-date-time';

/** Shown once an objection is received: the receipt number and how to follow it up. */
export function ObjectionReceiptResult({ receipt }: { receipt: ObjectionReceipt }) {
  return (
    <Result
      status="success"
      title="异议已受理"
      subTitle={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            回执号：<Typography.Text strong copyable data-testid="receipt-number">{receipt.receiptNumber}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            受理时间 {formatDateTime(receipt.receivedAt)}。请保存回执号，凭回执号和您填写的联系电话可查询核实结果。
          </Typography.Paragraph>
        </>
      }
      extra={<LinkButton to="/notices/objection-status">查询处理情况</LinkButton>}
    />
  );
}
