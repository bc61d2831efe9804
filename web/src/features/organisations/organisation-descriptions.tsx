import { Descriptions, Grid, Tag } from 'antd';
import dayjs from 'dayjs';
import type { OrganisationDetail } from '../../../../src/contracts/organisations';

function formatTimestamp(value: string): string {
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : value;
}

export function OrganisationDescriptions({ organisation: o }: { organisation: OrganisationDetail }) {
  // On a phone the label column would leave too little room for an 18-character code: labels go above values.
  const screens = Grid.useBreakpoint();
  return (
    <Descriptions
      bordered
      layout={screens.sm ? 'horizontal' : 'vertical'}
      column={{ xs: 1, sm: 1, md: 2 }}
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        { key: 'name', label: '单位名称', children: o.name, span: 'filled' },
        { key: 'creditCode', label: '统一社会信用代码', children: o.creditCode },
        { key: 'operatorKind', label: '运营主体类型', children: o.operatorKindLabel },
        { key: 'city', label: '所在地市', children: o.cityName },
        { key: 'county', label: '所在区县（镇街）', children: o.countyName },
        { key: 'establishedOn', label: '成立日期', children: o.establishedOn },
        { key: 'isBranch', label: '是否分支机构', children: o.isBranch ? <Tag color="orange">是</Tag> : '否' },
        {
          key: 'credit',
          label: '严重失信主体名单',
          children: o.isDishonest ? <Tag color="red">已列入</Tag> : '未列入',
        },
        { key: 'registeredAt', label: '注册时间', children: formatTimestamp(o.registeredAt) },
        { key: 'contactName', label: '联系人', children: o.contactName },
        { key: 'contactPhone', label: '联系电话', children: o.contactPhone ?? o.contactPhoneMasked },
        { key: 'contactEmail', label: '电子邮箱', children: o.contactEmail || '未填写', span: 'filled' },
      ]}
    />
  );
}
