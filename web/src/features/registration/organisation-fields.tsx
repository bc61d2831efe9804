import { Alert, DatePicker, Form, Input, Radio, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import { zRegistrationRequest } from '../../../../src/contracts/registration';
import { normaliseCreditCode } from '../../../../src/domain/credit-code/credit-code';
import { OPERATOR_KIND_LABELS, OPERATOR_KINDS } from '../../../../src/domain/shared/operator-kinds';
import { zodRule } from '../../lib/form-errors';
import type { RegistrationFormValues } from './registration-values';

const fields = zRegistrationRequest.shape.organisation.shape;
const DATE_FORMAT = 'YYYY-MM-DD';
// Text fields are checked when left (the form's trigger); pickers as soon as a choice is made.
const PICKER_TRIGGER = ['onChange', 'onBlur'];
const operatorKindOptions = OPERATOR_KINDS.map((kind) => ({ value: kind, label: OPERATOR_KIND_LABELS[kind] }));

interface OrganisationFieldsProps {
  form: FormInstance<RegistrationFormValues>;
  divisions: DivisionsResponse | undefined;
  divisionsLoading: boolean;
}

export function OrganisationFields({ form, divisions, divisionsLoading }: OrganisationFieldsProps) {
  const isBranch = Form.useWatch(['organisation', 'isBranch'], form);
  const cityCode = Form.useWatch(['organisation', 'cityCode'], form);
  const city = divisions?.cities.find((c) => c.code === cityCode);
  // 东莞 and 中山 have no county level; their next level is towns and streets (镇街).
  const childLabel = !city ? '所在区县（镇街）' : city.childLevel === 'township' ? '所在镇街' : '所在区县';

  return (
    <>
      <Form.Item
        label="统一社会信用代码"
        name={['organisation', 'creditCode']}
        required
        rules={[zodRule(fields.creditCode)]}
        normalize={(value: string | undefined) => (value === undefined ? value : normaliseCreditCode(value))}
        extra="18位，见营业执照或法人证书"
      >
        <Input autoComplete="off" spellCheck={false} count={{ show: true, max: 18 }} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item label="单位名称" name={['organisation', 'name']} required rules={[zodRule(fields.name)]}>
        <Input autoComplete="organization" maxLength={100} />
      </Form.Item>
      <Form.Item
        label="运营主体类型"
        name={['organisation', 'operatorKind']}
        validateTrigger={PICKER_TRIGGER}
        required
        rules={[zodRule(fields.operatorKind)]}
      >
        <Select options={operatorKindOptions} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        label="是否分支机构"
        name={['organisation', 'isBranch']}
        validateTrigger={PICKER_TRIGGER}
        required
        rules={[zodRule(fields.isBranch)]}
      >
        <Radio.Group
          aria-label="是否分支机构"
          options={[
            { value: false, label: '否' },
            { value: true, label: '是' },
          ]}
        />
      </Form.Item>
      {isBranch === true && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title="分支机构不能申报"
          description="根据《创建管理办法》第二条，中小企业公共服务机构不含分支机构。请以具有独立法人资格的单位名义注册申报。"
        />
      )}
      <Form.Item
        label="所在地市"
        name={['organisation', 'cityCode']}
        validateTrigger={PICKER_TRIGGER}
        required
        rules={[zodRule(fields.cityCode)]}
      >
        <Select
          placeholder={divisionsLoading ? '正在加载…' : '请选择'}
          loading={divisionsLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={divisions?.cities.map((c) => ({ value: c.code, label: c.name })) ?? []}
          onChange={() => form.setFieldValue(['organisation', 'countyCode'], undefined)}
        />
      </Form.Item>
      <Form.Item
        label={childLabel}
        name={['organisation', 'countyCode']}
        validateTrigger={PICKER_TRIGGER}
        required
        rules={[zodRule(fields.countyCode)]}
      >
        <Select
          placeholder={city ? '请选择' : '请先选择所在地市'}
          disabled={!city}
          showSearch={{ optionFilterProp: 'label' }}
          options={city?.children.map((d) => ({ value: d.code, label: d.name })) ?? []}
        />
      </Form.Item>
      <Form.Item
        label="成立日期"
        name={['organisation', 'establishedOn']}
        validateTrigger={PICKER_TRIGGER}
        required
        rules={[zodRule(fields.establishedOn)]}
        // The form keeps the date as the YYYY-MM-DD string the API expects; the picker works with dayjs.
        getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, DATE_FORMAT) : undefined })}
        normalize={(value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : undefined)}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder="例如 2015-06-30"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </>
  );
}
