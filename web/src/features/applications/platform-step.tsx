// Step 1 平台（基地）信息: what is applied for, where it serves, since when it operates (Art. 5: 运营3年以上).
import { Alert, Col, DatePicker, Form, Input, Radio, Row, Select, Switch, type SelectProps } from 'antd';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import { SERVICE_LEVEL_LABELS, SERVICE_LEVELS, type ServiceLevel } from '../../../../src/domain/applications/application-content';
import { PLATFORM_KIND_LABELS, PLATFORM_KINDS } from '../../../../src/domain/standards/types';
import { datePickerProps } from './application-shared';
import type { WizardValues } from './wizard-values';

function regionOptions(level: ServiceLevel | undefined, divisions: DivisionsResponse | undefined): SelectProps['options'] {
  if (!divisions || !level) return [];
  if (level === 'province') return [{ value: divisions.province.code, label: divisions.province.name }];
  if (level === 'city') return divisions.cities.map((c) => ({ value: c.code, label: c.name }));
  return divisions.cities.map((c) => ({ label: c.name, title: c.name, options: c.children.map((d) => ({ value: d.code, label: `${c.name}${d.name}` })) }));
}

export function EligibilityAlert({ detail }: { detail: ApplicationDetail }) {
  const failures = detail.eligibilityFailures;
  if (failures === null) return <Alert type="info" showIcon title="填写开始运营日期并保存后，系统按第五条核对申报条件（运营3年以上，按年度通知发布日计算）。" />;
  if (failures.length === 0) return <Alert type="success" showIcon title={`符合第五条申报条件（按年度通知发布日${detail.call.publishedOn ?? ''}核对）`} />;
  return (
    <Alert
      type="error"
      showIcon
      title="不符合第五条申报条件，不能提交"
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {failures.map((f) => (
            <li key={f.condition}>{f.reason}</li>
          ))}
        </ul>
      }
    />
  );
}

export function PlatformStep({ detail, divisions }: { detail: ApplicationDetail; divisions: DivisionsResponse | undefined }) {
  const form = Form.useFormInstance<WizardValues>();
  const carrier = Form.useWatch('carrier', form);
  const level = Form.useWatch('serviceLevel', form);
  return (
    <>
      <Form.Item label="平台（基地）名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写平台（基地）名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="载体类型" name="carrier" required>
            <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'platform', label: '平台' }, { value: 'base', label: '基地' }]} />
          </Form.Item>
        </Col>
        {carrier === 'platform' && (
          <Col xs={24} md={12}>
            <Form.Item label="平台类型" name="platformKind" required>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={PLATFORM_KINDS.map((k) => ({ value: k, label: PLATFORM_KIND_LABELS[k] }))}
                onChange={() => form.setFieldValue(['facts', 'serviceContents'], [])}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item label="服务层级" name="serviceLevel" required>
            <Select
              placeholder="请选择"
              options={SERVICE_LEVELS.map((l) => ({ value: l, label: SERVICE_LEVEL_LABELS[l] }))}
              onChange={() => form.setFieldsValue({ region: undefined, facts: { ...form.getFieldValue('facts'), coveredDivisions: [] } })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="服务区域" name="region" required extra="平台服务覆盖面按服务区域的下一级行政区计算">
            <Select
              placeholder={level ? '请选择' : '请先选择服务层级'}
              disabled={!level}
              showSearch={{ optionFilterProp: 'label' }}
              options={regionOptions(level, divisions)}
              onChange={() => form.setFieldValue(['facts', 'coveredDivisions'], [])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="开始运营日期" name="operatingSince" required {...datePickerProps('YYYY-MM-DD')} extra="平台（基地）本身开始运营之日，应早于年度通知发布日3年以上">
            <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="以政府委托、购买服务或合作共建方式承担中小企业公共服务"
            name="hasPublicServiceMandate"
            valuePropName="checked"
            extra="企业、民办非企业单位、社会团体须是，并在“法人证书或营业执照”材料中附佐证（第二条）"
          >
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="基本情况" name="summary" required extra="平台（基地）的定位、服务对象、服务内容和运营情况">
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <EligibilityAlert detail={detail} />
    </>
  );
}
