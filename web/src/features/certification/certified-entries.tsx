// The lines of a 拟认定 list or a 认定公告: name, operator, region and — once certified — the certificate number, in
// the published neutral order (Art. 8): no number column, no score. Phones get a list instead of a wide table.
import { Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { NoticeEntryView } from '../../../../src/contracts/notices';

type EntryLine = Omit<NoticeEntryView, 'outcome'> & { certificateNumber?: string };

const regionOf = (entry: EntryLine): string => (entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName} ${entry.countyName}`);
const CARRIER_LABELS = { platform: '平台', base: '基地' } as const;

export function CertifiedEntries({ entries, label, withNumbers = false }: { entries: readonly EntryLine[]; label: string; withNumbers?: boolean }) {
  const screens = Grid.useBreakpoint();
  const columns: TableColumnsType<EntryLine> = [
    { key: 'name', title: '名称', dataIndex: 'name' },
    { key: 'carrier', title: '类别', width: 70, render: (_v, e) => CARRIER_LABELS[e.carrier] },
    { key: 'organisation', title: '运营主体', dataIndex: 'organisationName' },
    { key: 'region', title: '地区', width: 180, render: (_v, e) => regionOf(e) },
    ...(withNumbers ? [{ key: 'number', title: '证书编号', width: 230, render: (_v: unknown, e: EntryLine) => <Typography.Text strong>{e.certificateNumber}</Typography.Text> }] : []),
  ];
  if (screens.md) {
    return <Table<EntryLine> aria-label={label} rowKey="applicationId" size="middle" columns={columns} dataSource={[...entries]} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: '暂无' }} />;
  }
  if (entries.length === 0) return <Typography.Text type="secondary">暂无</Typography.Text>;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((entry) => (
        <li key={entry.applicationId} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{entry.name}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {regionOf(entry)} · {entry.organisationName}
          </Typography.Paragraph>
          {withNumbers && <Typography.Paragraph style={{ margin: '4px 0 0' }}>证书编号：{entry.certificateNumber}</Typography.Paragraph>}
        </li>
      ))}
    </ul>
  );
}
