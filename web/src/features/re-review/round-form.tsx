// 安排复核 (ADR 0016): the province schedules a round — year, title, the day it opens (today or later), the report's
// and the city's due days — and sees beforehand which certified and rectifying objects a round opening that day takes
// in (POST /api/re-review-rounds/preview). A round opening today opens at once; a later one on its day.
import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Empty, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RE_REVIEW_TITLE_MAX_LENGTH, zCreateReReviewRound, type ReReviewDueItem, type ReReviewDuePreview } from '../../../../src/contracts/re-review';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod } from '../../lib/form-errors';
import { StateTag } from '../applications/application-shared';
import { reReviewApi } from './re-review-api';
import { roundTotal } from './re-review-view';

const FORMAT = 'YYYY-MM-DD';
// The form keeps dates as YYYY-MM-DD text, the same as the request body.
const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(FORMAT) : undefined),
};

interface Values {
  year?: number;
  title?: string;
  opensOn?: string;
  reportDueOn?: string;
  cityDueOn?: string;
}

export function DueList({ items, label }: { items: ReReviewDueItem[]; label: string }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有到期应复核的平台（基地）" />;
  return (
    <ul aria-label={label} className="re-review-list">
      {items.map((item) => (
        <li key={item.object.id}>
          <span className="re-review-list-name">{item.object.name}</span>
          <div>
            <Typography.Text type="secondary">
              {item.object.cityName} · {item.isAfterRectification ? `整改期满，${item.dueOn}起再次复核` : `${item.dueOn}起应复核`}
            </Typography.Text>
          </div>
          <Flex gap={4} wrap>
            <StateTag state={item.object.state} label={item.object.stateLabel} />
            {item.isAfterRectification && <Tag>整改后复核</Tag>}
          </Flex>
        </li>
      ))}
    </ul>
  );
}

export function RoundForm({ dueToday, onCreated }: { dueToday: ReReviewDueItem[]; onCreated: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [preview, setPreview] = useState<ReReviewDuePreview | null>(null);
  const opensOn = Form.useWatch('opensOn', form);

  useEffect(() => {
    if (!opensOn) return;
    let isCurrent = true;
    reReviewApi.previewRound(opensOn).then(
      (answer) => isCurrent && setPreview(answer),
      (caught: unknown) => isCurrent && setRefusal({ message: toApiError(caught).message, general: [] }),
    );
    return () => {
      isCurrent = false;
    };
  }, [opensOn]);

  const fail = (caught: unknown) => {
    const error = toApiError(caught);
    setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
  };

  const send = async (body: Parameters<typeof reReviewApi.createRound>[0]) => {
    setSaving(true);
    try {
      const round = await reReviewApi.createRound(body);
      void message.success(round.openedAt ? `复核已开始：${roundTotal(round)}个平台（基地）转入复核` : `已安排复核，${round.opensOn}开始`);
      form.resetFields();
      setPreview(null);
      onCreated();
    } catch (caught) {
      fail(caught);
    } finally {
      setSaving(false);
    }
  };

  const submit = () => {
    const values = form.getFieldsValue();
    setRefusal(null);
    // Problems shown after an earlier attempt go; the check below shows those that remain.
    form.setFields((['year', 'title', 'opensOn', 'reportDueOn', 'cityDueOn'] as const).map((name) => ({ name, errors: [] })));
    const title = values.title?.trim();
    const parsed = zCreateReReviewRound.safeParse({ ...values, title: title ? title : undefined });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    const count = preview?.opensOn === parsed.data.opensOn ? preview.items.length : null;
    modal.confirm({
      title: `安排${parsed.data.year}年度复核`,
      content: `${parsed.data.opensOn}开始${count === null ? '' : `，纳入${count}个平台（基地）`}。开始当日，应复核的平台（基地）转入复核中，运营主体和所在地市将收到通知；开始日期为今日的，提交后立即开始。`,
      okText: '确认安排',
      cancelText: '再想想',
      onOk: () => send(parsed.data),
    });
  };

  const shown = preview && preview.opensOn === opensOn ? preview : null;
  return (
    // No onFinish: Enter in a date field picks the date and must not open the confirmation.
    <Form<Values> form={form} layout="vertical" aria-label="安排复核">
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新提交。" />}
      <Flex gap={16} wrap>
        <Form.Item label="复核年度" name="year" required style={{ minWidth: 140 }}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="复核批次名称" name="title" style={{ flex: '1 1 240px' }}>
          <Input maxLength={RE_REVIEW_TITLE_MAX_LENGTH} placeholder="留空则为“某年度运行和服务情况复核”" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item label="复核开始日期" name="opensOn" required {...dateProps} style={{ flex: '1 1 180px' }} extra="不早于今日；开始当日转入复核中。">
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="报告截止日期" name="reportDueOn" required {...dateProps} style={{ flex: '1 1 180px' }} extra="运营主体提交运行和服务情况报告。">
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="地市评估截止日期" name="cityDueOn" required {...dateProps} style={{ flex: '1 1 180px' }} extra="地市提出达标或不达标的评估意见。">
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <section aria-label="纳入本批复核的平台（基地）" style={{ marginBottom: 16 }}>
        <Typography.Title level={5}>{shown ? `${shown.opensOn}开始将纳入${shown.items.length}个平台（基地）` : `今日开始将纳入${dueToday.length}个平台（基地）`}</Typography.Title>
        <DueList items={shown ? shown.items : dueToday} label="纳入复核的平台（基地）" />
      </section>
      <Button type="primary" onClick={submit} loading={saving}>
        安排复核
      </Button>
    </Form>
  );
}
