// 平台服务情况 of the self-assessment. The covered divisions are a checkbox grid, not an antd Select, and the counts
// are checked by hand (fact-rules.ts): the public page loads at most 250 KB of JavaScript (F6 item 5).
import { Button, Checkbox, Col, Form, InputNumber, Row, Switch, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { COUNT_LABELS } from '../../../../src/domain/standards/fact-labels';
import { countRule, registrationMinutesRule, satisfiedWithinTotalRule } from './fact-rules';
import type { SelfAssessmentFormValues } from './self-assessment-values';

const { Text } = Typography;
const PICKER_TRIGGER = ['onChange', 'onBlur'];
const numberBox = { style: { width: '100%' } } as const;

interface PlatformFactFieldsProps {
  form: FormInstance<SelfAssessmentFormValues>;
  standards: StandardsResponse;
  divisions: DivisionsResponse | undefined;
}

/** The next level of the service region that 服务覆盖面情况 counts (Attachment 1; DESIGN §4). */
function nextLevel(divisions: DivisionsResponse | undefined, region: string | undefined) {
  if (!divisions || !region) return undefined;
  if (region === divisions.province.code) return { name: divisions.province.name, levelName: '地级以上市', children: divisions.cities };
  const city = divisions.cities.find((c) => c.code === region);
  return city && { name: city.name, levelName: city.childLevel === 'township' ? '镇街' : '区县', children: city.children };
}

export function PlatformFactFields({ form, standards, divisions }: PlatformFactFieldsProps) {
  const kind = Form.useWatch('platformKind', form);
  const region = Form.useWatch('region', form);
  const covered = Form.useWatch(['facts', 'coveredDivisions'], form) ?? [];
  const noRegistration = Form.useWatch('noRegistration', form) === true;
  const level = nextLevel(divisions, region);
  const coverage = level && level.children.length > 0 ? `，已选${covered.length}个，共${level.children.length}个（${Math.round((covered.length / level.children.length) * 1000) / 10}%）` : '';
  const perEvent = standards.indicators
    .flatMap((i) => i.creation.thresholds)
    .find((t) => t.kind === 'compare' && t.measure === 'offlineEvents' && t.perItem);
  const eventNote = perEvent?.kind === 'compare' && perEvent.perItem ? `只计${perEvent.perItem.wording}的场次` : '';

  return (
    <>
      <Form.Item
        label="服务内容"
        name={['facts', 'serviceContents']}
        validateTrigger={PICKER_TRIGGER}
        extra={kind ? `勾选实际提供的${standards.labels.platformKind[kind]}服务内容` : '请先选择平台类型'}
      >
        <Checkbox.Group className="choice-grid" options={kind ? standards.serviceItems[kind].map((item) => ({ value: item, label: item })) : []} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="汇聚服务机构（专家）数量（家/人）" name={['facts', 'resourceCount']} required rules={[countRule(COUNT_LABELS.resourceCount)]}>
            <InputNumber {...numberBox} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="年服务中小企业数（家）"
            name={['facts', 'servedEnterprises']}
            required
            rules={[countRule(COUNT_LABELS.servedEnterprises)]}
            extra="一年内服务的中小企业，按统一社会信用代码去重"
          >
            <InputNumber {...numberBox} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="已覆盖的下一级行政区"
        name={['facts', 'coveredDivisions']}
        validateTrigger={PICKER_TRIGGER}
        extra={level ? `${level.name}的下一级为${level.levelName}；勾选有中小企业接受服务的${level.levelName}${coverage}` : '请先选择服务区域'}
      >
        <Checkbox.Group
          className="choice-grid"
          role="group"
          aria-label="已覆盖的下一级行政区"
          options={level?.children.map((d) => ({ value: d.code, label: d.name })) ?? []}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="满意答卷数（份）"
            name={['facts', 'satisfiedAnswers']}
            dependencies={[['facts', 'totalAnswers']]}
            required
            rules={[countRule(COUNT_LABELS.satisfiedAnswers), satisfiedWithinTotalRule(form)]}
            extra={`回答“${standards.satisfiedAnswers.join('”或“')}”的答卷`}
          >
            <InputNumber {...numberBox} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="答卷总数（份）"
            name={['facts', 'totalAnswers']}
            required
            rules={[countRule(COUNT_LABELS.totalAnswers)]}
            extra={`五级答卷：${standards.satisfactionScale.join('、')}`}
          >
            <InputNumber {...numberBox} />
          </Form.Item>
        </Col>
      </Row>
      <EventFields note={eventNote} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="具备电脑端服务入口" name={['facts', 'hasPcEntry']} valuePropName="checked">
            <Switch checkedChildren="具备" unCheckedChildren="不具备" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="具备移动端服务入口" name={['facts', 'hasMobileEntry']} valuePropName="checked" extra="APP、小程序、手机网页等至少一种">
            <Switch checkedChildren="具备" unCheckedChildren="不具备" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="用户无需注册" name="noRegistration" valuePropName="checked">
            <Switch
              checkedChildren="无需注册"
              unCheckedChildren="需要注册"
              onChange={() => void form.validateFields([['facts', 'registrationMinutes']]).catch(() => undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="注册所需分钟数（分钟）"
            name={['facts', 'registrationMinutes']}
            dependencies={['noRegistration']}
            required={!noRegistration}
            rules={[registrationMinutesRule(form)]}
            extra={noRegistration ? '用户无需注册，不必填写' : '完成注册流程平均所需时间'}
          >
            <InputNumber {...numberBox} disabled={noRegistration} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** 线下服务拓展情况: one number per offline event, the enterprises that took part. */
function EventFields({ note }: { note: string }) {
  return (
    <Form.List name={['facts', 'eventParticipants']}>
      {(items, { add, remove }) => (
        <section aria-label="线下专题服务活动" style={{ marginBottom: 24 }}>
          <Text strong>线下专题服务活动</Text>
          <Text type="secondary">（逐场填写参加企业数{note ? `；${note}` : ''}）</Text>
          <Row gutter={16} style={{ marginTop: 8 }}>
            {items.map((item, index) => (
              <Col xs={24} sm={12} lg={8} key={item.key}>
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    label={`第${index + 1}场活动参加企业数（家）`}
                    name={item.name}
                    required
                    rules={[countRule(COUNT_LABELS.eventParticipant)]}
                    style={{ flex: 1, minWidth: 0 }}
                  >
                    <InputNumber {...numberBox} />
                  </Form.Item>
                  <Button aria-label={`删除第${index + 1}场活动`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />
                </div>
              </Col>
            ))}
          </Row>
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
            添加一场活动
          </Button>
          {items.length === 0 && <Text type="secondary"> 尚未填写活动；没有开展线下活动的可不填。</Text>}
        </section>
      )}
    </Form.List>
  );
}
