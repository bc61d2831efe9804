// 取消创建资格和撤销认定公告 (F5; Arts. 10, 11, 12): the public list of cancellations and revocations with the article
// and the published reason, newest first. Phones get cards, wider screens a plain table; no score and no person is
// shown. No antd Table/Card/Pagination: a public page loads at most 250 KB of JavaScript (F6 item 5).
import { useState } from 'react';
import { Empty, Grid, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PublicRevocation, PublicRevocationPage } from '../../../../src/contracts/integrity';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { SimplePager } from '../../components/simple-pager';
import { useFetch } from '../../lib/use-fetch';
import '../../components/public-pages.css';

const PAGE_SIZE = 20;
const CARRIER_LABELS = { platform: '平台', base: '基地' } as const;
const regionOf = (item: PublicRevocation): string => (item.countyName === item.cityName ? item.cityName : `${item.cityName} ${item.countyName}`);
const decisionColour = (item: PublicRevocation) => (item.decision === 'revoked' ? 'red' : 'volcano');

// The reason is what the public reads (Art. 12), so it takes the remaining width and wraps; the operator sits under
// the name so the table fits the page without sideways scrolling.
function RevocationTable({ items }: { items: readonly PublicRevocation[] }) {
  return (
    <table className="pp-table" aria-label="取消与撤销决定">
      <thead>
        <tr>
          <th scope="col" style={{ width: 110 }}>决定日期</th>
          <th scope="col" style={{ width: 240 }}>名称 / 运营主体</th>
          <th scope="col" style={{ width: 120 }}>地区</th>
          <th scope="col" style={{ width: 170 }}>依据 / 情形</th>
          <th scope="col" style={{ width: 120 }}>决定</th>
          <th scope="col">理由</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.decidedOn}</td>
            <td>
              <strong>{item.name}</strong>（{CARRIER_LABELS[item.carrier]}）<p className="pp-meta">{item.organisationName}</p>
            </td>
            <td>{regionOf(item)}</td>
            <td>
              <Tag>{item.articleLabel}</Tag>
              <p style={{ margin: '4px 0 0' }}>{item.kindLabel}</p>
            </td>
            <td>
              <Tag color={decisionColour(item)} style={{ whiteSpace: 'normal', height: 'auto' }}>
                {item.decisionLabel}
              </Tag>
            </td>
            <td style={{ whiteSpace: 'pre-wrap' }}>{item.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RevocationCard({ item }: { item: PublicRevocation }) {
  return (
    <div className="pp-card" aria-label={item.name}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 }}>
        <strong style={{ overflowWrap: 'anywhere' }}>{item.name}</strong>
        <Tag color={decisionColour(item)}>{item.decisionLabel}</Tag>
      </div>
      <p className="pp-meta">
        {item.organisationName} · {regionOf(item)} · {CARRIER_LABELS[item.carrier]}
      </p>
      <p style={{ margin: '8px 0 0' }}>
        {item.decidedOn} · {item.articleLabel} · {item.kindLabel}
      </p>
      <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>理由：{item.reason}</p>
    </div>
  );
}

export function PublicRevocationsPage() {
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const list = useFetch<PublicRevocationPage>(`/api/v1/revocations?page=${page}&pageSize=${PAGE_SIZE}`);
  const data = list.data;
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        取消与撤销公告
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        依据《广东省中小企业公共服务示范平台（基地）创建管理办法》第十条（连续两年未通过复核）、第十一条（运营主体发生重大变化）和第十二条（列入严重失信主体名单或经查实数据、资料弄虚作假），取消创建资格或撤销、取消认定命名的决定及其理由。
      </Typography.Paragraph>
      <nav aria-label="相关公告" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginBottom: 12 }}>
        <Link to="/notices">公示公告</Link>
        <Link to="/announcements">认定公告</Link>
      </nav>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !data ? (
        <PageLoading />
      ) : data.total === 0 ? (
        <Empty description="暂无取消创建资格或撤销认定命名的决定" />
      ) : (
        <>
          {screens.md ? (
            <RevocationTable items={data.items} />
          ) : (
            <ul className="pp-list" aria-label="取消与撤销决定">
              {data.items.map((item) => (
                <li key={item.id}>
                  <RevocationCard item={item} />
                </li>
              ))}
            </ul>
          )}
          <SimplePager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
        </>
      )}
    </PublicLayout>
  );
}
