// 单位信息 of the registration form. Native selects and a native date input instead of antd Select/DatePicker, and
// hand-written checks (registration-rules.ts): the public register page loads at most 250 KB of JavaScript (F6 item 5).
import type { KeyboardEvent } from 'react';
import { Alert, Form, Input, Radio, type FormInstance } from 'antd';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import { normaliseCreditCode } from '../../../../src/domain/credit-code/credit-code';
import { OPERATOR_KIND_LABELS, OPERATOR_KINDS } from '../../../../src/domain/shared/operator-kinds';
import { formatDate } from '../../lib/format-date-time';
import { REGISTRATION_RULES } from './registration-rules';
import type { RegistrationFormValues } from './registration-values';
import '../../components/public-pages.css';

// Text fields are checked when left (the form's trigger); pickers as soon as a choice is made.
const PICKER_TRIGGER = ['onChange', 'onBlur'];
// Enter in the date field confirms the date; it does not send the whole form half filled in.
const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

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
        rules={[REGISTRATION_RULES.creditCode]}
        normalize={(value: string | undefined) => (value === undefined ? value : normaliseCreditCode(value))}
        extra="18位，见营业执照或法人证书"
      >
        <Input autoComplete="off" spellCheck={false} count={{ show: true, max: 18 }} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item label="单位名称" name={['organisation', 'name']} required rules={[REGISTRATION_RULES.name]}>
        <Input autoComplete="organization" maxLength={100} />
      </Form.Item>
      <Form.Item label="运营主体类型" name={['organisation', 'operatorKind']} validateTrigger={PICKER_TRIGGER} required rules={[REGISTRATION_RULES.operatorKind]}>
        <select className="pp-select">
          <option value="">请选择</option>
          {OPERATOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {OPERATOR_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Form.Item>
      <Form.Item label="是否分支机构" name={['organisation', 'isBranch']} validateTrigger={PICKER_TRIGGER} required rules={[REGISTRATION_RULES.isBranch]}>
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
      <Form.Item label="所在地市" name={['organisation', 'cityCode']} validateTrigger={PICKER_TRIGGER} required rules={[REGISTRATION_RULES.cityCode]}>
        <select className="pp-select" disabled={divisionsLoading && !divisions} onChange={() => form.setFieldValue(['organisation', 'countyCode'], '')}>
          <option value="">{divisionsLoading && !divisions ? '正在加载…' : '请选择'}</option>
          {divisions?.cities.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Form.Item>
      <Form.Item label={childLabel} name={['organisation', 'countyCode']} validateTrigger={PICKER_TRIGGER} required rules={[REGISTRATION_RULES.countyCode]}>
        <select className="pp-select" disabled={!city}>
          <option value="">{city ? '请选择' : '请先选择所在地市'}</option>
          {city?.children.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </Form.Item>
      <Form.Item label="成立日期" name={['organisation', 'establishedOn']} validateTrigger={PICKER_TRIGGER} required rules={[REGISTRATION_RULES.establishedOn]}>
        {/* The form keeps the YYYY-MM-DD string the API expects, which is what a date input gives. */}
        <Input type="date" max={formatDate(new Date().toISOString())} onKeyDown={keepEnter} />
      </Form.Item>
    </>
  );
}
