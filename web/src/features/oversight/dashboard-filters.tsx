// The dashboard's filters: 年度, 地市 (province only — a city officer's dashboard is its own city, shown fixed),
// 载体类型 and 平台类型. Every choice is written to the URL query, so a copied link opens the same figures.
import { Button, Flex, Select, Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { PLATFORM_KIND_LABELS, PLATFORM_KINDS } from '../../../../src/domain/standards/types';
import type { FilterKey, FilterValues } from './oversight-query';

const CITY_OPTIONS = CITIES.map((city) => ({ value: city.code, label: city.name }));
const CARRIER_OPTIONS = [
  { value: 'platform', label: '平台' },
  { value: 'base', label: '基地' },
];
const KIND_OPTIONS = PLATFORM_KINDS.map((kind) => ({ value: kind, label: PLATFORM_KIND_LABELS[kind] }));

interface DashboardFiltersProps {
  filters: FilterValues;
  years: number[];
  /** Set for a city officer: the city is fixed. */
  fixedCityName: string | null;
}

export function DashboardFilters({ filters, years, fixedCityName }: DashboardFiltersProps) {
  const [params, setParams] = useSearchParams();
  const set = (key: FilterKey, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'carrier' && value === 'base') next.delete('platformKind');
    setParams(next);
  };
  const hasFilter = Object.keys(filters).length > 0;
  const yearOptions = years.map((year) => ({ value: String(year), label: `${year}年度` }));
  return (
    <Flex gap={12} wrap align="center" className="ov-filters">
      <Select aria-label="年度" allowClear placeholder="全部年度" className="ov-filter" options={yearOptions} value={filters.year} onChange={(v?: string) => set('year', v)} />
      {fixedCityName === null ? (
        <Select
          aria-label="地市"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部地市"
          className="ov-filter"
          options={CITY_OPTIONS}
          value={filters.city}
          onChange={(v?: string) => set('city', v)}
        />
      ) : (
        <Tag color="blue" className="ov-fixed-city">
          地市：{fixedCityName}
        </Tag>
      )}
      <Select aria-label="载体类型" allowClear placeholder="平台和基地" className="ov-filter" options={CARRIER_OPTIONS} value={filters.carrier} onChange={(v?: string) => set('carrier', v)} />
      <Select
        aria-label="平台类型"
        allowClear
        placeholder="全部平台类型"
        className="ov-filter"
        disabled={filters.carrier === 'base'}
        options={KIND_OPTIONS}
        value={filters.platformKind}
        onChange={(v?: string) => set('platformKind', v)}
      />
      {hasFilter && <Button onClick={() => setParams(new URLSearchParams())}>清除筛选</Button>}
    </Flex>
  );
}

/** "2025年度 · 深圳市 · 平台" — the filters in words, for a list's heading. */
export function filtersText(filters: FilterValues, cityName: string | null): string {
  const parts = [
    filters.year ? `${filters.year}年度` : '全部年度',
    cityName ?? (filters.city ? (CITIES.find((c) => c.code === filters.city)?.name ?? filters.city) : '全省'),
    filters.carrier === 'platform' ? '平台' : filters.carrier === 'base' ? '基地' : '平台和基地',
  ];
  if (filters.platformKind) parts.push(PLATFORM_KIND_LABELS[filters.platformKind as keyof typeof PLATFORM_KIND_LABELS]);
  return parts.join(' · ');
}
