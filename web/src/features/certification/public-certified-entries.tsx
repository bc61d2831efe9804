// The certified of a 认定公告 as the public reads them: name, kind, operator, region and certificate number, in the
// published neutral order (Art. 8: 不分先后, no number column, no score). A plain table on wide screens and a list on
// phones, without antd Table (F6 item 5: a public page loads at most 250 KB of JavaScript).
import { Grid } from 'antd';
import type { AnnouncementEntryView } from '../../../../src/contracts/certification';

const CARRIER_LABELS = { platform: '平台', base: '基地' } as const;
const regionOf = (entry: AnnouncementEntryView): string => (entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName} ${entry.countyName}`);

export function PublicCertifiedEntries({ entries, label }: { entries: readonly AnnouncementEntryView[]; label: string }) {
  const screens = Grid.useBreakpoint();
  if (entries.length === 0) return <p className="pp-meta">暂无</p>;
  if (screens.md) {
    return (
      <table className="pp-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">名称</th>
            <th scope="col">类别</th>
            <th scope="col">运营主体</th>
            <th scope="col">地区</th>
            <th scope="col">证书编号</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.applicationId}>
              <td>{entry.name}</td>
              <td>{CARRIER_LABELS[entry.carrier]}</td>
              <td>{entry.organisationName}</td>
              <td>{regionOf(entry)}</td>
              <td>
                <strong>{entry.certificateNumber}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <ul className="pp-lines" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.applicationId}>
          <strong>{entry.name}</strong>
          <p className="pp-meta">
            {regionOf(entry)} · {entry.organisationName}
          </p>
          <p style={{ margin: '4px 0 0' }}>证书编号：{entry.certificateNumber}</p>
        </li>
      ))}
    </ul>
  );
}
