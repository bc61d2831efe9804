import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { MAX_PUBLICITY_DAYS, zPublicityWindowQuery, type PublicityWindowResponse } from '../../../../src/contracts/calendar';
import { PUBLICITY_WORKING_DAYS } from '../../../../src/domain/calendar/working-calendar';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { chineseDate } from './date-ranges';

interface ToolValues {
  start?: Dayjs | null;
  days?: number | null;
}

/** 公示期计算: asks the public endpoint (the same one other systems use) for the window. */
export function PublicityWindowTool() {
  const [form] = Form.useForm<ToolValues>();
  const [result, setResult] = useState<PublicityWindowResponse | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const onFinish = async (values: ToolValues) => {
    setResult(null);
    setRefusal(null);
    const parsed = zPublicityWindowQuery.safeParse({ start: values.start?.format('YYYY-MM-DD'), days: values.days ?? undefined });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setLoading(true);
    try {
      const query = new URLSearchParams({ start: parsed.data.start, days: String(parsed.data.days) });
      setResult(await api.get<PublicityWindowResponse>(`/api/v1/calendar/publicity-window?${query.toString()}`));
    } catch (caught) {
      const error = toApiError(caught);
      const unmatched = applyFieldIssues(form, issuesFromApi(error));
      if (error.issues.length === 0 || unmatched.length > 0) setRefusal(error.message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card title="公示期计算" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        公示5个工作日（办法第七条）：发布当日是工作日的从当日起算，否则从下一个工作日起算，至第5个工作日23:59:59止，按已录入的节假日安排计算。
      </Typography.Paragraph>
      <Form form={form} name="publicity-window" layout="inline" initialValues={{ days: PUBLICITY_WORKING_DAYS }} onFinish={onFinish}>
        <Form.Item label="发布日期" name="start" rules={[{ required: true, message: '请选择发布日期' }]}>
          <DatePicker placeholder="例如 2026-09-28" format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="公示天数" name="days">
          <InputNumber min={1} max={MAX_PUBLICITY_DAYS} precision={0} suffix="个工作日" style={{ width: 132 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          计算公示期
        </Button>
      </Form>
      {refusal && <Alert type="warning" showIcon role="alert" style={{ marginTop: 16 }} title={refusal} />}
      {result && (
        <div style={{ marginTop: 16 }} aria-live="polite">
          <Alert
            type="success"
            showIcon
            title={`公示期：${chineseDate(result.start, { withYear: true })}起，至${chineseDate(result.end, { withYear: true })}23:59:59止`}
          />
          <ol aria-label="公示期工作日" style={{ margin: '12px 0 0', padding: 0, listStyle: 'none', lineHeight: 2 }}>
            {result.workingDays.map((day, index) => (
              <li key={day}>
                <Typography.Text type="secondary">第{index + 1}个工作日</Typography.Text> {chineseDate(day, { withYear: true })}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}
