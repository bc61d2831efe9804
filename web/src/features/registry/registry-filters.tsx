// The registry's filters (F6 item 1): a search box for part of a name and six native selects — a phone shows its
// own picker, and antd Select would add 26 KB gzipped to the page (F6 item 5). Every change goes to the URL.
import { useState, type FormEvent } from 'react';
import { Button } from 'antd';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import {
  REGISTRY_CARRIER_LABELS,
  REGISTRY_CARRIERS,
  REGISTRY_LEVEL_LABELS,
  REGISTRY_LEVELS,
  REGISTRY_MAX_QUERY_CHARS,
  REGISTRY_SERVICE_ITEMS,
  REGISTRY_STATUS_LABELS,
} from '../../../../src/domain/registry/filters';
import { STATUS_FILTERS, type RegistryFilters } from './registry-query';

const STATUS_FILTER_LABELS: Record<(typeof STATUS_FILTERS)[number], string> = {
  current: '当前名单',
  ...REGISTRY_STATUS_LABELS,
  all: '全部',
};

/** Batch years offered: the programme's first lists to next year; a year given in the URL is always offered. */
const FIRST_BATCH_YEAR = 2010;
function batchYears(selected: number | undefined): number[] {
  const last = new Date().getFullYear() + 1;
  const years = Array.from({ length: last - FIRST_BATCH_YEAR + 1 }, (_, i) => last - i);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

interface Option {
  value: string;
  label: string;
}

interface FieldProps {
  label: string;
  name: string;
  value: string;
  /** The first option: "all" for an optional filter; none for the status, which always has a value. */
  anyLabel?: string;
  options: Option[];
  onChange: (value: string) => void;
}

function SelectField({ label, name, value, anyLabel, options, onChange }: FieldProps) {
  return (
    <label className="registry-field">
      {label}
      <select className="registry-control" name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

interface RegistryFiltersProps {
  filters: RegistryFilters;
  /** New filters; the page goes back to page 1. */
  onChange: (filters: RegistryFilters) => void;
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] => values.map((value) => ({ value, label: labels[value] }));

export function RegistryFiltersForm({ filters, onChange }: RegistryFiltersProps) {
  // The box holds what is being typed; the list changes when the search is sent (a tap on 搜索 or Enter).
  const [typed, setTyped] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    // The URL changed (back button, 清除筛选): the box follows it.
    setShownQ(filters.q);
    setTyped(filters.q ?? '');
  }
  const set = (patch: Partial<RegistryFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const optional = (value: string) => (value === '' ? undefined : value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: typed.trim() || undefined });
  };

  return (
    <form className="registry-filters" role="search" aria-label="筛选信息数据库" onSubmit={submit}>
      <div className="registry-search">
        <input
          className="registry-control"
          type="search"
          name="q"
          aria-label="名称关键词"
          placeholder="名称的一部分，如：数字"
          maxLength={REGISTRY_MAX_QUERY_CHARS}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <Button type="primary" htmlType="submit" style={{ height: 36 }}>
          搜索
        </Button>
      </div>
      <div className="registry-field-grid">
        <SelectField label="级别" name="level" value={filters.level ?? ''} anyLabel="全部级别" options={labelled(REGISTRY_LEVELS, REGISTRY_LEVEL_LABELS)} onChange={(v) => set({ level: optional(v) as RegistryFilters['level'] })} />
        <SelectField label="载体" name="carrier" value={filters.carrier ?? ''} anyLabel="平台和基地" options={labelled(REGISTRY_CARRIERS, REGISTRY_CARRIER_LABELS)} onChange={(v) => set({ carrier: optional(v) as RegistryFilters['carrier'] })} />
        <SelectField label="地市" name="city" value={filters.city ?? ''} anyLabel="全省" options={CITIES.map((c) => ({ value: c.code, label: c.name }))} onChange={(v) => set({ city: optional(v) })} />
        <SelectField label="服务内容" name="serviceItem" value={filters.serviceItem ?? ''} anyLabel="全部服务内容" options={REGISTRY_SERVICE_ITEMS.map((s) => ({ value: s, label: s }))} onChange={(v) => set({ serviceItem: optional(v) })} />
        <SelectField label="状态" name="status" value={filters.status} options={labelled(STATUS_FILTERS, STATUS_FILTER_LABELS)} onChange={(v) => set({ status: v as RegistryFilters['status'] })} />
        <SelectField
          label="批次年份"
          name="year"
          value={filters.year === undefined ? '' : String(filters.year)}
          anyLabel="全部年份"
          options={batchYears(filters.year).map((y) => ({ value: String(y), label: `${y}年` }))}
          onChange={(v) => set({ year: v === '' ? undefined : Number(v) })}
        />
      </div>
    </form>
  );
}
