// 自评对象: who is assessed against which rule. The region is a native select (no antd Select on a public page, F6 item 5).
import { Col, Form, Radio, Row, type FormInstance } from 'antd';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { CARRIERS, PLATFORM_KINDS, STAGES } from '../../../../src/domain/standards/types';
import type { SelfAssessmentFormValues } from './self-assessment-values';
import '../../components/public-pages.css';

const PICKER_TRIGGER = ['onChange', 'onBlur'];

interface SubjectFieldsProps {
  form: FormInstance<SelfAssessmentFormValues>;
  standards: StandardsResponse;
  divisions: DivisionsResponse | undefined;
  divisionsLoading: boolean;
}

/** Who is assessed against which rule: 平台 (综合/专业, its service region) or 基地, at 创建 or 认定. */
export function SubjectFields({ form, standards, divisions, divisionsLoading }: SubjectFieldsProps) {
  const carrier = Form.useWatch('carrier', form);
  const { labels } = standards;
  const regionOptions = divisions
    ? [{ value: divisions.province.code, label: `${divisions.province.name}（省级平台）` }, ...divisions.cities.map((c) => ({ value: c.code, label: c.name }))]
    : [];

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label="申报类型" name="carrier" required rules={[{ required: true, message: '请选择平台或基地' }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CARRIERS.map((c) => ({ value: c, label: labels.carrier[c] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="评价阶段"
          name="stage"
          required
          rules={[{ required: true, message: '请选择对照创建标准还是认定标准' }]}
          extra="创建：申报创建时对照；认定：创建期满验收认定时对照"
        >
          <Radio.Group optionType="button" buttonStyle="solid" options={STAGES.map((s) => ({ value: s, label: labels.stage[s] }))} />
        </Form.Item>
      </Col>
      {carrier === 'platform' && (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              label="平台类型"
              name="platformKind"
              required
              rules={[{ required: true, message: '请选择综合服务平台或专业服务平台' }]}
              extra="服务内容按所选类型的清单计算"
            >
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={PLATFORM_KINDS.map((k) => ({ value: k, label: labels.platformKind[k] }))}
                // The other kind's service items do not count (Attachment 1 服务功能情况).
                onChange={() => form.setFieldValue(['facts', 'serviceContents'], [])}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="服务区域"
              name="region"
              validateTrigger={PICKER_TRIGGER}
              required
              rules={[{ required: true, whitespace: true, message: '请选择服务区域（服务覆盖面按其下一级行政区计算）' }]}
              extra="省级平台选广东省（下一级为21个地级以上市）；市级平台选所在地市（下一级为区县，东莞、中山为镇街）"
            >
              <select className="pp-select" disabled={divisionsLoading && !divisions} onChange={() => form.setFieldValue(['facts', 'coveredDivisions'], [])}>
                <option value="">{divisionsLoading && !divisions ? '正在加载…' : '请选择'}</option>
                {regionOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  );
}
