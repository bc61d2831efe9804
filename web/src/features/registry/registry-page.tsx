// 信息数据库 (Art. 8; F6 items 1, 5, 7): the public list of demonstration platforms and bases, national and provincial
// (Art. 9), filtered by level, carrier, city, service, status, batch year and part of a name. The filters live in the
// URL; the list keeps the neutral order the API gives and says so (Art. 8) — no score, no rank. Phone first: a card
// per entry, a table row on a desktop, heights reserved while loading (no layout shift).
import type { MouseEvent } from 'react';
import { Button } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { RegistryPage as RegistryPageData } from '../../../../src/contracts/registry';
import { REGISTRY_ORDER_NOTE } from '../../../../src/domain/registry/filters';
import { ErrorResult } from '../../components/error-result';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { RegistryCard, RegistryListHead, RegistrySkeleton } from './registry-card';
import { RegistryFiltersForm } from './registry-filters';
import { EMPTY_FILTERS, filtersFromSearch, filtersToSearch, hasFilters, PAGE_SIZE, registryApiPath, registryCsvPath, type RegistryFilters } from './registry-query';
import './registry.css';

const SKELETON_ROWS = 6;

function Pager({ filters, total }: { filters: RegistryFilters; total: number }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  const to = (page: number) => ({ search: filtersToSearch({ ...filters, page }).toString() });
  // A new page starts at the top of the list, not where the pager was.
  const toTop = (event: MouseEvent) => {
    if (!event.defaultPrevented) window.scrollTo(0, 0);
  };
  return (
    <nav className="registry-pager" aria-label="分页">
      {filters.page > 1 ? (
        <Link to={to(filters.page - 1)} onClick={toTop} rel="prev">
          ‹ 上一页
        </Link>
      ) : (
        <span className="is-disabled">‹ 上一页</span>
      )}
      <span aria-current="page">
        第 {Math.min(filters.page, pages)} / {pages} 页
      </span>
      {filters.page < pages ? (
        <Link to={to(filters.page + 1)} onClick={toTop} rel="next">
          下一页 ›
        </Link>
      ) : (
        <span className="is-disabled">下一页 ›</span>
      )}
    </nav>
  );
}

export function RegistryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const listSearch = filtersToSearch(filters).toString();
  const list = useFetch<RegistryPageData>(registryApiPath(filters));
  const data = list.data;
  const setFilters = (next: RegistryFilters) => setSearchParams(filtersToSearch(next));
  const isFiltered = hasFilters(filters);

  return (
    <PublicLayout>
      <h2 className="registry-title">示范平台（基地）信息数据库</h2>
      <p className="registry-intro">
        依据《创建管理办法》第八条、第九条公开的本省国家级、省级示范平台（基地）及其状态变化记录。默认显示当前名单（创建中、已认定、整改中），已撤销、已退出的可在“状态”中选择。
      </p>

      <RegistryFiltersForm filters={filters} onChange={setFilters} />

      <div className="registry-summary">
        <div>
          <p className="registry-total" aria-live="polite">
            {data && !list.loading ? `共 ${data.total} 条` : data ? `共 ${data.total} 条（正在更新…）` : '正在查询…'}
          </p>
          <p className="registry-note">{data?.orderNote ?? REGISTRY_ORDER_NOTE}</p>
        </div>
        <div className="registry-links">
          <a href={registryCsvPath(filters)} download>
            下载CSV（当前筛选结果）
          </a>
          <a href="/api/docs">数据接口说明</a>
          {isFiltered && (
            <Link to={{ search: filtersToSearch(EMPTY_FILTERS).toString() }}>清除筛选</Link>
          )}
        </div>
      </div>

      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !data ? (
        <RegistrySkeleton rows={SKELETON_ROWS} />
      ) : data.items.length === 0 ? (
        <div className="registry-empty">
          {data.total === 0 ? (
            <>
              <p>没有符合条件的示范平台（基地）。</p>
              {isFiltered && <Button onClick={() => setFilters(EMPTY_FILTERS)}>清除筛选，查看当前名单</Button>}
            </>
          ) : (
            <>
              <p>这一页没有条目。</p>
              <Button onClick={() => setFilters({ ...filters, page: 1 })}>回到第一页</Button>
            </>
          )}
        </div>
      ) : (
        <>
          <RegistryListHead />
          <ul className={list.loading ? 'registry-list is-stale' : 'registry-list'} aria-label="示范平台（基地）名单" aria-busy={list.loading}>
            {data.items.map((entry) => (
              <RegistryCard key={entry.id} entry={entry} listSearch={listSearch} />
            ))}
          </ul>
          <Pager filters={filters} total={data.total} />
        </>
      )}
    </PublicLayout>
  );
}
