import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, zPublishCalendarYearRequest, type CalendarYearDetail } from '../../../../src/contracts/calendar';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';
import { fromDetail, toFormIssues, toPublishBody, type PublishFormDates } from './publish-values';

interface PublishFormValues {
  year?: number | null;
  holidayRanges?: { range?: [Dayjs, Dayjs] | null }[];
  workdays?: { date?: Dayjs | null }[];
  note?: string;
}

const FORMAT = 'YYYY-MM-DD';

function toFormValues(dates: PublishFormDates): PublishFormValues {
  return {
    year: dates.year,
    holidayRanges: dates.holidayRanges.map((r) => ({ range: [dayjs(r.from), dayjs(r.to)] })),
    workdays: dates.workdays.map((d) => ({ date: dayjs(d) })),
    note: dates.note,
  };
}

function toDates(values: PublishFormValues): PublishFormDates {
  return {
    year: values.year ?? null,
    holidayRanges: (values.holidayRanges ?? []).flatMap((row) => (row?.range ? [{ from: row.range[0].format(FORMAT), to: row.range[1].format(FORMAT) }] : [])),
    workdays: (values.workdays ?? []).flatMap((row) => (row?.date ? [row.date.format(FORMAT)] : [])),
    note: values.note ?? '',
  };
}

/** Publishes a year's schedule; opened with ?year= it starts from that year's version in force (a correction). */
export function PublishCalendarYearPage() {
  const [params] = useSearchParams();
  const requested = Number(params.get('year'));
  const year = Number.isInteger(requested) && requested >= FIRST_CALENDAR_YEAR && requested <= LAST_CALENDAR_YEAR ? requested : null;
  const existing = useFetch<CalendarYearDetail>(year ? `/api/calendar/years/${year}` : null);
  const navigate = useNavigate();
  const isLoading = year !== null && existing.loading;

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/calendar')}>
        返回节假日安排
      </Button>
      <Card title="发布节假日安排" style={{ maxWidth: 760 }}>
        {isLoading ? (
          <Skeleton active />
        ) : (
          <PublishForm
            key={existing.data ? `${existing.data.year}-${existing.data.version}` : String(year)}
            current={existing.data ?? null}
            initial={existing.data ? fromDetail(existing.data) : { year, holidayRanges: [], workdays: [], note: '' }}
          />
        )}
      </Card>
    </>
  );
}

function PublishForm({ current, initial }: { current: CalendarYearDetail | null; initial: PublishFormDates }) {
  const [form] = Form.useForm<PublishFormValues>();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosenYear = Form.useWatch('year', form) ?? initial.year;
  const outsideYear = (day: Dayjs) => chosenYear !== null && day.year() !== chosenYear;
  const january = chosenYear ? dayjs(`${chosenYear}-01-01`) : undefined;

  const send = async (values: PublishFormValues) => {
    setRefusal(null);
    const { body, rangeOf } = toPublishBody(toDates(values));
    const parsed = zPublishCalendarYearRequest.safeParse(body);
    if (!parsed.success) {
      const unmatched = applyFieldIssues(form, toFormIssues(issuesFromZod(parsed.error), rangeOf));
      if (unmatched.length > 0) setRefusal(unmatched.map((i) => i.message).join('；'));
      return;
    }
    const confirmed = await modal.confirm({
      title: `发布${parsed.data.year}年节假日安排？`,
      content: `放假${parsed.data.holidays.length}天，调休上班${parsed.data.workdays.length}天。发布后不可修改，如需更正须再发布新版本；此后的公示期按新版本计算。`,
      okText: '确认发布',
      cancelText: '再检查一下',
    });
    if (!confirmed) return;
    setSubmitting(true);
    try {
      const published = await api.post<CalendarYearDetail>('/api/calendar/years', parsed.data);
      void message.success(`已发布${published.year}年节假日安排（第${published.version}版）`);
      navigate(`/workspace/calendar/${published.year}`);
    } catch (caught) {
      const error = toApiError(caught);
      const unmatched = applyFieldIssues(form, toFormIssues(issuesFromApi(error), rangeOf));
      if (error.issues.length === 0 || unmatched.length > 0) setRefusal(error.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form
      form={form}
      name="publish-calendar-year"
      layout="vertical"
      initialValues={toFormValues(initial)}
      onFinish={send}
      // Enter confirms a typed date in the pickers; it must not also submit (publishing is for the button only).
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
      }}
    >
      {current && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${current.year}年现行为第${current.version}版。下面已填入现行安排，修改后发布即为第${current.version + 1}版，原版本保留可查。`}
        />
      )}
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
      <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}>
        <InputNumber min={FIRST_CALENDAR_YEAR} max={LAST_CALENDAR_YEAR} precision={0} placeholder="如 2027" style={{ width: 140 }} />
      </Form.Item>

      <Typography.Title level={5}>放假时段</Typography.Title>
      <Typography.Paragraph type="secondary">按国务院办公厅通知逐段填写，如“2月15日至23日放假调休，共9天”填一段；单日放假起止选同一天。</Typography.Paragraph>
      <Form.List name="holidayRanges">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  label={`放假时段${index + 1}`}
                  name={[field.name, 'range']}
                  rules={[{ required: true, message: '请选择放假的起止日期' }]}
                  style={{ flex: 1, minWidth: 0 }}
                >
                  <DatePicker.RangePicker
                    format={FORMAT}
                    placeholder={['开始日期', '结束日期']}
                    disabledDate={outsideYear}
                    defaultPickerValue={january ? [january, january] : undefined}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Button aria-label={`删除放假时段${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 24 }}>
              添加放假时段
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>调休上班日</Typography.Title>
      <Typography.Paragraph type="secondary">因调休需要上班的周六、周日；没有可不填。</Typography.Paragraph>
      <Form.List name="workdays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  label={`调休上班日${index + 1}`}
                  name={[field.name, 'date']}
                  rules={[{ required: true, message: '请选择调休上班日期' }]}
                  style={{ flex: 1, minWidth: 0 }}
                >
                  <DatePicker format={FORMAT} placeholder="选择日期" disabledDate={outsideYear} defaultPickerValue={january} style={{ width: '100%' }} />
                </Form.Item>
                <Button aria-label={`删除调休上班日${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 24 }}>
              添加调休上班日
            </Button>
          </>
        )}
      </Form.List>

      <Form.Item label="发布说明" name="note" rules={[{ required: true, whitespace: true, message: '请填写发布说明' }]} extra="写明依据的通知文号，更正时写明更正原因。">
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：依据《国务院办公厅关于2027年部分节假日安排的通知》录入" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting}>
        发布
      </Button>
    </Form>
  );
}
