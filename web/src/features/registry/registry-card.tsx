// One entry of the registry list: a card on a phone, a table row on a desktop (registry.css). Each field carries
// its label for a phone and for screen readers; a desktop hides the labels under the header row. No score, no rank
// (Art. 8).
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { RegistryEntry } from '../../../../src/contracts/registry';
import { batchText, kindText, levelLabels, regionText, STATUS_COLOURS } from './registry-labels';

/** The desktop header row; the same columns as RegistryCard. */
export function RegistryListHead() {
  return (
    <div className="registry-head registry-row" aria-hidden="true">
      <span>名称 / 运营主体</span>
      <span>类型</span>
      <span>所在地区</span>
      <span>批次</span>
      <span>级别 / 状态</span>
      <span>证书编号</span>
    </div>
  );
}

interface RegistryCardProps {
  entry: RegistryEntry;
  /** The list's query string, so the entry page can lead back to the same filtered list. */
  listSearch: string;
}

export function RegistryCard({ entry, listSearch }: RegistryCardProps) {
  return (
    <li className="registry-item registry-row">
      <div>
        <p className="registry-item-name">
          <Link to={`/registry/${entry.id}`} state={{ listSearch }}>
            {entry.name}
          </Link>
        </p>
        <p className="registry-item-line">
          <span className="registry-cell-label">运营主体：</span>
          {entry.operatorName}
        </p>
      </div>
      <p className="registry-item-line registry-meta">
        <span className="visually-hidden">类型：</span>
        {kindText(entry)}
      </p>
      <p className="registry-item-line registry-meta">
        <span className="visually-hidden">所在地区：</span>
        {regionText(entry)}
      </p>
      <p className="registry-item-line registry-meta">
        <span className="registry-cell-label">批次：</span>
        {batchText(entry)}
      </p>
      <div className="registry-item-tags">
        <span className="visually-hidden">级别与状态：</span>
        {levelLabels(entry).map((label) => (
          <Tag key={label} color={label === '国家级' ? 'gold' : 'geekblue'}>
            {label}
          </Tag>
        ))}
        <Tag color={STATUS_COLOURS[entry.status]}>{entry.statusLabel}</Tag>
        {entry.statusDetail && <span className="registry-status-detail">{entry.statusDetail}</span>}
      </div>
      <p className="registry-item-line">
        <span className="registry-cell-label">证书编号：</span>
        {entry.certificateNumber ?? '—'}
      </p>
    </li>
  );
}

/** Fixed-height placeholders while the first page loads, so what follows does not move (no layout shift). */
export function RegistrySkeleton({ rows }: { rows: number }) {
  return (
    <ul className="registry-list" aria-busy="true" aria-label="正在加载名单">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="registry-item registry-skeleton" />
      ))}
    </ul>
  );
}
