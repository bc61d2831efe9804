import { Checkbox, Col, Form, InputNumber, Row, Typography, type FormInstance } from 'antd';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { COUNT_LABELS, QUALITY_LABELS } from '../../../../src/domain/standards/fact-labels';
import { qualityFormula } from '../standards/threshold-text';
import { QUALITY_PATHS, countRule, percentRule, qualityWithinEnterprisesRule } from './fact-rules';
import type { SelfAssessmentFormValues } from './self-assessment-values';

const numberBox = { style: { width: '100%' } } as const;
// The API takes shares as fractions 0..1 (DESIGN §7); people read and write them as percentages.
const percentNote = (percent: number) => `按百分比填写，如${percent}表示${percent}%；提交时换算为0到1之间的小数（${percent / 100}）`;

interface BaseFactFieldsProps {
  form: FormInstance<SelfAssessmentFormValues>;
  standards: StandardsResponse;
}

export function BaseFactFields({ form, standards }: BaseFactFieldsProps) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="基地企业数（家）"
            name={['facts', 'enterpriseCount']}
            dependencies={QUALITY_PATHS}
            required
            rules={[countRule(COUNT_LABELS.enterpriseCount), qualityWithinEnterprisesRule(form)]}
            extra="入驻基地的中小企业数量，也是优质企业占比的分母"
          >
            <InputNumber {...numberBox} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="主导产业企业营业收入占比（%）"
            name={['facts', 'leadingIndustryRevenueShare']}
            required
            rules={[percentRule('主导产业企业营业收入占比')]}
            extra={percentNote(55)}
          >
            <InputNumber {...numberBox} suffix="%" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="企业平均研发投入强度（%）"
            name={['facts', 'avgRdIntensity']}
            required
            rules={[percentRule('企业平均研发投入强度')]}
            extra={percentNote(2.5)}
          >
            <InputNumber {...numberBox} suffix="%" />
          </Form.Item>
        </Col>
      </Row>
      <section aria-label="优质企业数量" style={{ marginBottom: 8 }}>
        <Typography.Text strong>优质企业数量</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px' }}>
          每家企业只按其最高类别计一次。优质企业占比 = {qualityFormula(standards.qualityCategories)}
        </Typography.Paragraph>
        <Row gutter={16}>
          {standards.qualityCategories.map((category) => (
            <Col xs={24} sm={12} lg={8} key={category.key}>
              <Form.Item
                label={`${category.label}（家）`}
                name={['facts', 'qualityEnterprises', category.key]}
                required
                rules={[countRule(QUALITY_LABELS[category.key])]}
                extra={`权重 ×${category.weight}`}
              >
                <InputNumber {...numberBox} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </section>
      <Form.Item
        label="已具备并有效运行的创业创新服务载体"
        name={['facts', 'ecosystem']}
        extra="可多选；未具备的不勾选"
      >
        <Checkbox.Group className="choice-grid" options={standards.ecosystemCarriers.map((c) => ({ value: c.key, label: c.label }))} />
      </Form.Item>
    </>
  );
}
