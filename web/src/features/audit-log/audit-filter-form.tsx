// The filter form shared by 操作日志 and 登录日志: date range (Asia/Shanghai days), user, role, action and the rest;
// fields wrap into one column on a phone so nothing scrolls sideways, and there the rarer ones fold under 更多条件.
import { useState } from 'react';
import { Button, Col, DatePicker, Form, Grid, Input, Row, Select, Space } from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { ROLES, ROLE_LABELS } from '../../../../src/domain/shared/roles';
import type { AuditFilterValues } from './audit-query';

export interface FilterField {
  name: 'objectType' | 'objectId' | 'ip' | 'result';
  label: string;
  options?: { value: string; label: string }[];
}

interface Props {
  actionOptions: { value: string; label: string }[];
  extraFields: FilterField[];
  exportHref: string;
  onSearch: (values: AuditFilterValues) => void;
}

export function AuditFilterForm({ actionOptions, extraFields, exportHref, onSearch }: Props) {
  const [form] = Form.useForm<AuditFilterValues>();
  const col = { xs: 24, sm: 12, lg: 8 };
  const screens = Grid.useBreakpoint();
  const [isUnfolded, setUnfolded] = useState(false);
  const isFoldable = !screens.md;
  // Folded fields stay in the form (hidden), so what was chosen still filters and exports.
  const rare = { ...col, style: isFoldable && !isUnfolded ? { display: 'none' } : undefined };
  return (
    <Form form={form} layout="vertical" onFinish={onSearch} onReset={() => onSearch({})}>
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="range" label="日期范围" extra="不填时为最近30天，最长366天">
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} placeholder={['开始日期', '结束日期']} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="user" label="用户">
            <Input allowClear maxLength={64} placeholder="用户名或姓名，部分即可" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="action" label="操作类型">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部" options={actionOptions} />
          </Form.Item>
        </Col>
        <Col {...rare}>
          <Form.Item name="role" label="角色">
            <Select allowClear placeholder="全部" options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
          </Form.Item>
        </Col>
        {extraFields.map((field) => (
          <Col {...rare} key={field.name}>
            <Form.Item name={field.name} label={field.label}>
              {field.options ? <Select allowClear placeholder="全部" options={field.options} /> : <Input allowClear maxLength={100} />}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          查询
        </Button>
        <Button htmlType="reset">重置</Button>
        {isFoldable && (
          <Button type="link" onClick={() => setUnfolded(!isUnfolded)} aria-expanded={isUnfolded}>
            {isUnfolded ? '收起条件' : '更多条件'}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} href={exportHref} download>
          导出Excel
        </Button>
      </Space>
    </Form>
  );
}
