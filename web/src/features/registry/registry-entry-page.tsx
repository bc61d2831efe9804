// One entry of the 信息数据库 (Art. 8; F6 item 1): everything public about a platform or base — levels, status, batch,
// certificate, services, the organisation's public phone and website (never a person's), former names (Art. 11) and
// the full history of public acts, oldest first, with the reason only where it was published (Arts. 10–12).
import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { RegistryEntryDetail, RegistryHistoryItem } from '../../../../src/contracts/registry';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { batchText, carrierText, levelLabels, regionText, SOURCE_LABELS, STATUS_COLOURS, websiteHref } from './registry-labels';
import './registry.css';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="registry-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Oldest first; acts of the same day keep the order the API gives. */
const oldestFirst = (history: RegistryHistoryItem[]) =>
  history.map((item, index) => ({ item, index })).sort((a, b) => a.item.occurredOn.localeCompare(b.item.occurredOn) || a.index - b.index).map(({ item }) => item);

function Website({ website }: { website: string }) {
  const href = websiteHref(website);
  if (!href) return <>{website}</>;
  // Whatever the operator lists is not ours to vouch for: no referrer, no opener, no endorsement for search engines.
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {website}
    </a>
  );
}

function EntryDetail({ entry }: { entry: RegistryEntryDetail }) {
  const history = oldestFirst(entry.history);
  return (
    <>
      <h2 className="registry-title">{entry.name}</h2>
      <div className="registry-item-tags" style={{ marginBottom: 16 }}>
        {levelLabels(entry).map((label) => (
          <Tag key={label} color={label === '国家级' ? 'gold' : 'geekblue'}>
            {label}
          </Tag>
        ))}
        <Tag color={STATUS_COLOURS[entry.status]}>{entry.statusLabel}</Tag>
        {entry.statusDetail && <span className="registry-status-detail">{entry.statusDetail}</span>}
      </div>

      <dl className="registry-facts" aria-label="基本信息">
        <Fact term="运营主体">{entry.operatorName}</Fact>
        <Fact term="类型">{carrierText(entry)}</Fact>
        <Fact term="所在地区">{regionText(entry)}</Fact>
        <Fact term="级别">{levelLabels(entry).join('、') || '—'}</Fact>
        <Fact term="批次年份">{batchText(entry)}</Fact>
        <Fact term="状态">{entry.statusDetail ? `${entry.statusLabel}（${entry.statusDetail}）` : entry.statusLabel}</Fact>
        <Fact term="证书编号">{entry.certificateNumber ?? '—'}</Fact>
        <Fact term="认定日期">{entry.certifiedOn ?? '—'}</Fact>
        <Fact term="对外服务电话">{entry.publicPhone ? <a href={`tel:${entry.publicPhone.replace(/[^\d+]/g, '')}`}>{entry.publicPhone}</a> : '—'}</Fact>
        <Fact term="网址">{entry.website ? <Website website={entry.website} /> : '—'}</Fact>
        <Fact term="信息来源">{SOURCE_LABELS[entry.source]}</Fact>
      </dl>

      <section className="registry-section" aria-labelledby="registry-services">
        <h3 id="registry-services">服务内容</h3>
        {entry.serviceItems.length > 0 ? (
          <ul className="registry-plain-list">
            {entry.serviceItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p className="registry-note">未登记服务内容。</p>
        )}
      </section>

      {entry.formerNames.length > 0 && (
        <section className="registry-section" aria-labelledby="registry-former-names">
          <h3 id="registry-former-names">运营主体曾用名</h3>
          <ul className="registry-plain-list">
            {entry.formerNames.map((former) => (
              <li key={`${former.name}-${former.until}`}>
                {former.name}（使用至 {former.until}）
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="registry-section" aria-labelledby="registry-history">
        <h3 id="registry-history">状态变化记录</h3>
        {history.length > 0 ? (
          <ol className="registry-history" aria-labelledby="registry-history">
            {history.map((item, index) => (
              <li key={`${item.occurredOn}-${index}`}>
                <time dateTime={item.occurredOn}>{item.occurredOn}</time>
                <div>
                  <strong>{item.label}</strong>
                  {item.publicReason && <p className="registry-reason">公开理由：{item.publicReason}</p>}
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="registry-note">暂无记录。</p>
        )}
      </section>
    </>
  );
}

export function RegistryEntryPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  // Came from the list: back to the same filtered list.
  const listSearch = (location.state as { listSearch?: unknown } | null)?.listSearch;
  const back = typeof listSearch === 'string' && listSearch ? `/registry?${listSearch}` : '/registry';
  const entry = useFetch<RegistryEntryDetail>(`/api/v1/registry/${encodeURIComponent(id)}`);
  const backLink = (
    <Link to={back} className="registry-back">
      ‹ 返回信息数据库
    </Link>
  );

  return (
    <PublicLayout>
      {backLink}
      {entry.error ? (
        <ErrorResult error={entry.error} notFoundTitle="信息数据库中没有这个示范平台（基地）" onRetry={entry.reload} extra={<Link to="/registry">查看信息数据库</Link>} />
      ) : !entry.data ? (
        <PageLoading />
      ) : (
        <EntryDetail entry={entry.data} />
      )}
    </PublicLayout>
  );
}
