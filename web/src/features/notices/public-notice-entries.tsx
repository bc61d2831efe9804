// The entries of a notice as the public reads them: region, name and operator in the notice's neutral order (Art. 8)
// — no number column, no score. A plain table on wide screens and a list on phones, without antd Table (F6 item 5).
import { Grid, Tag } from 'antd';
import type { NoticeEntryView, NoticeStage } from '../../../../src/contracts/notices';

/** What a 公示 led to, in the words of its stage (Art. 7(2) 确定为创建对象, Art. 7(4) 正式认定). */
const OUTCOME_LABELS: Record<NoticeStage, { confirmed: string; withdrawn: string }> = {
  creation: { confirmed: '已确定为创建对象', withdrawn: '异议属实，不予确定' },
  certification: { confirmed: '已正式认定', withdrawn: '异议属实，不予认定' },
};

export function OutcomeTag({ outcome, stage }: { outcome: NoticeEntryView['outcome']; stage: NoticeStage }) {
  if (!outcome) return null;
  const labels = OUTCOME_LABELS[stage];
  if (outcome.kind === 'ended') return <Tag color="volcano">{outcome.label}</Tag>;
  return outcome.kind === 'confirmed' ? <Tag color="green">{labels.confirmed}</Tag> : <Tag color="red">{labels.withdrawn}</Tag>;
}

/** The published reason of an upheld objection, or of the decision that took the entry off the 公示. */
export const outcomeReason = (outcome: NoticeEntryView['outcome']): string => (outcome && outcome.kind !== 'confirmed' ? outcome.reason : '');

export const regionOf = (entry: Pick<NoticeEntryView, 'cityName' | 'countyName'>): string =>
  entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName} ${entry.countyName}`;

function Outcome({ entry, stage }: { entry: NoticeEntryView; stage: NoticeStage }) {
  const reason = outcomeReason(entry.outcome);
  return (
    <>
      <OutcomeTag outcome={entry.outcome} stage={stage} />
      {reason && <p style={{ margin: '4px 0 0' }}>{reason}</p>}
    </>
  );
}

export function PublicNoticeEntries({ entries, stage }: { entries: readonly NoticeEntryView[]; stage: NoticeStage }) {
  const screens = Grid.useBreakpoint();
  if (screens.md) {
    return (
      <table className="pp-table" aria-label="公示名单">
        <thead>
          <tr>
            <th scope="col">地市</th>
            <th scope="col">县（市、区）</th>
            <th scope="col">平台（基地）名称</th>
            <th scope="col">运营主体</th>
            <th scope="col">公示结果</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.applicationId}>
              <td>{entry.cityName}</td>
              <td>{entry.countyName}</td>
              <td>{entry.name}</td>
              <td>{entry.organisationName}</td>
              <td style={{ width: 180 }}>
                <Outcome entry={entry} stage={stage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <ul className="pp-lines" aria-label="公示名单">
      {entries.map((entry) => (
        <li key={entry.applicationId}>
          <strong>{entry.name}</strong>
          <p className="pp-meta">
            {regionOf(entry)} · {entry.organisationName}
          </p>
          <Outcome entry={entry} stage={stage} />
        </li>
      ))}
    </ul>
  );
}
