import { DatePicker, Form, Input, InputNumber, Select, Table, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_SCORE_LIMIT, WEIGHT_TOTAL } from '../../../../src/domain/calls/annual-call';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { findStandardSet, STANDARD_SETS } from '../../../../src/domain/standards/standard-sets';
import { weightSum, type CallFormValues } from './call-values';
import './calls.css';

const FORMAT = 'YYYY-MM-DD';
// The form keeps dates as YYYY-MM-DD text, the same as the request body.
const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(FORMAT) : ''),
};

/** Every field of a call (Art. 7(1)); the caller supplies the Form and the buttons. */
export function CallFields({ form }: { form: FormInstance<CallFormValues> }) {
  const version = Form.useWatch('standardVersion', form);
  const weights = Form.useWatch('criterionWeights', form);
  const criteria = findStandardSet(version ?? '')?.planCriteria ?? [];
  const sum = weightSum(weights);

  return (
    <>
      <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="通知标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写通知标题' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="通知正文" name="text" rules={[{ required: true, whitespace: true, message: '请填写通知正文' }]} extra="纯文本，段落之间换行。">
        <Input.TextArea rows={8} maxLength={20000} />
      </Form.Item>
      <Form.Item label="年度创建数量" name="creationQuota" rules={[{ required: true, message: '年度创建数量应为正整数' }]}>
        <InputNumber min={1} precision={0} style={{ width: 140 }} addonAfter="个" />
      </Form.Item>
      <div className="call-dates">
        <Form.Item label="申报开始日期" name="opensOn" {...dateProps}>
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="申报截止日期" name="closesOn" {...dateProps} extra="当日24时前提交均有效（北京时间）。">
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="初审截止日期" name="cityReviewDeadline" {...dateProps} extra="地市完成初审并报送拟推荐对象的最后一天。">
          <DatePicker format={FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item label="执行的标准版本" name="standardVersion" rules={[{ required: true, message: '请选择标准版本' }]}>
        <Select options={STANDARD_SETS.map((set) => ({ value: set.version, label: `${set.title}（${set.version}）` }))} />
      </Form.Item>

      <Typography.Title level={5}>推荐名额</Typography.Title>
      <Typography.Paragraph type="secondary">各地市可推荐的申报数量上限；留空表示不设上限。</Typography.Paragraph>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        // Only code and name: a city's county list under `children` would turn the table into a tree.
        dataSource={CITIES.map(({ code, name }) => ({ code, name }))}
        style={{ marginBottom: 24, maxWidth: 420 }}
        columns={[
          { key: 'name', title: '地市', dataIndex: 'name' },
          {
            key: 'cap',
            title: '名额',
            width: 150,
            render: (_value, city) => (
              <Form.Item label={`${city.name}推荐名额`} name={['cityCaps', city.code]} noStyle>
                <InputNumber aria-label={`${city.name}推荐名额`} min={1} precision={0} placeholder="不设上限" style={{ width: 120 }} />
              </Form.Item>
            ),
          },
        ]}
      />

      <Typography.Title level={5}>创建方案评审要点权重</Typography.Title>
      <Typography.Paragraph type="secondary">
        附件3的六项评审要点，每项权重为正整数，合计{WEIGHT_TOTAL}。当前合计：
        <Typography.Text strong type={sum === WEIGHT_TOTAL ? 'success' : 'danger'} aria-label="权重合计">
          {sum}
        </Typography.Text>
      </Typography.Paragraph>
      <div className="call-weights">
        {criteria.map((criterion) => (
          <Form.Item key={criterion.code} label={criterion.name} name={['criterionWeights', criterion.code]}>
            <InputNumber min={1} max={WEIGHT_TOTAL} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </div>
      <Form.Item label="每项满分" name="maxScore" extra="专家对每项打0至满分的整数分；方案得分 = Σ 权重 × 得分 ÷ 满分，总分100。">
        <InputNumber min={1} max={MAX_SCORE_LIMIT} precision={0} style={{ width: 140 }} addonAfter="分" />
      </Form.Item>
    </>
  );
}
