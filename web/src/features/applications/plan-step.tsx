// Step 2 创建方案 (Attachment 3): goals per indicator (预期导向), tasks with a timetable (实施路径), at least two
// typical practices (创新特色), modules to improve (platforms), and support (保障协同).
import type { ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { MIN_PRACTICES } from '../../../../src/domain/applications/application-content';
import { datePickerProps } from './application-shared';
import type { WizardValues } from './wizard-values';

const { Text } = Typography;
const month = datePickerProps('YYYY-MM');

function ListCard({ title, hint, addLabel, children, onAdd }: { title: string; hint: string; addLabel: string; children: ReactNode; onAdd: () => void }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <Text type="secondary">{hint}</Text>
      <div style={{ marginTop: 12 }}>{children}</div>
      <Button type="dashed" icon={<PlusOutlined />} onClick={onAdd} block>
        {addLabel}
      </Button>
    </Card>
  );
}

const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => <Button aria-label={label} icon={<DeleteOutlined />} onClick={onClick} style={{ marginBottom: 16 }} />;

export function PlanStep({ standards }: { standards: StandardsResponse | undefined }) {
  const form = Form.useFormInstance<WizardValues>();
  const carrier = Form.useWatch('carrier', form);
  const kind = Form.useWatch('platformKind', form);
  const indicators = (standards?.indicators ?? []).filter((i) => i.carrier === carrier && (carrier === 'base' || !kind || i.platformKinds.some((k) => k === kind)));
  return (
    <>
      <Form.List name={['plan', 'goals']}>
        {(items, { add, remove }) => (
          <ListCard title="创建目标（预期导向）" hint="对照创建及认定标准，提出可量化、可考核的目标" addLabel="添加一项目标" onAdd={() => add({})}>
            {items.map((item, index) => (
              <Row gutter={8} key={item.key} align="bottom">
                <Col xs={24} md={10}>
                  <Form.Item label={`目标${index + 1}：对应指标`} name={[item.name, 'indicatorCode']}>
                    <Select placeholder="选择指标" options={indicators.map((i) => ({ value: i.code, label: i.name }))} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={12}>
                  <Form.Item label="可考核的目标值" name={[item.name, 'target']}>
                    <Input maxLength={500} placeholder="如：年服务中小企业3000家以上" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <RemoveButton label={`删除目标${index + 1}`} onClick={() => remove(item.name)} />
                </Col>
              </Row>
            ))}
          </ListCard>
        )}
      </Form.List>
      <Form.List name={['plan', 'tasks']}>
        {(items, { add, remove }) => (
          <ListCard title="创建任务及时间表（实施路径）" hint="逐项写明任务和起止年月，形成时间表及路线图" addLabel="添加一项任务" onAdd={() => add({})}>
            {items.map((item, index) => (
              <div key={item.key} className="plan-task">
                <Row gutter={8} align="bottom">
                  <Col xs={24} md={10}>
                    <Form.Item label={`任务${index + 1}：名称`} name={[item.name, 'title']}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item label="开始年月" name={[item.name, 'startsIn']} {...month}>
                      <DatePicker picker="month" style={{ width: '100%' }} placeholder="开始" />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item label="完成年月" name={[item.name, 'endsIn']} {...month}>
                      <DatePicker picker="month" style={{ width: '100%' }} placeholder="完成" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <RemoveButton label={`删除任务${index + 1}`} onClick={() => remove(item.name)} />
                  </Col>
                </Row>
                <Form.Item label="任务内容" name={[item.name, 'description']}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </div>
            ))}
          </ListCard>
        )}
      </Form.List>
      <Form.List name={['plan', 'practices']}>
        {(items, { add, remove }) => (
          <ListCard title="典型或特色经验做法（创新特色）" hint={`形成不少于${MIN_PRACTICES}条典型或特色经验做法`} addLabel="添加一条做法" onAdd={() => add({})}>
            {items.map((item, index) => (
              <Row gutter={8} key={item.key} align="bottom">
                <Col xs={24} md={8}>
                  <Form.Item label={`做法${index + 1}：名称`} name={[item.name, 'title']}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={14}>
                  <Form.Item label="做法说明" name={[item.name, 'description']}>
                    <Input maxLength={2000} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <RemoveButton label={`删除做法${index + 1}`} onClick={() => remove(item.name)} />
                </Col>
              </Row>
            ))}
          </ListCard>
        )}
      </Form.List>
      {carrier === 'platform' && (
        <Form.Item label="拟完善的功能模块" name={['plan', 'modules']} extra="输入模块名称后按回车，可填多项">
          <Select mode="tags" placeholder="如：政策库、服务机构库、诉求受理" open={false} suffixIcon={null} />
        </Form.Item>
      )}
      <Form.Item label="保障措施（保障协同）" name={['plan', 'support']} extra="资金、人才、技术等保障和工作机制">
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </>
  );
}
