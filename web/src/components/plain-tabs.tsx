// ARIA tabs drawn with plain buttons and CSS for the public pages: antd Tabs comes with Card's chunk (≈ 25 KB
// gzipped), more than a deep link to a public page can afford (F6 item 5, budget in scripts/check-bundle-budget.ts).
// The WAI-ARIA tabs pattern with automatic activation: Left/Right move to the previous/next tab (wrapping), Home/End to
// the first/last; only the active tab is in the Tab order, and only the active panel is drawn.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './plain-tabs.css';

export interface PlainTab<K extends string> {
  key: K;
  label: ReactNode;
  children: ReactNode;
}

interface PlainTabsProps<K extends string> {
  items: readonly PlainTab<K>[];
  activeKey: K;
  onChange: (key: K) => void;
  /** The tab list's accessible name. */
  label?: string;
}

export function PlainTabs<K extends string>({ items, activeKey, onChange, label }: PlainTabsProps<K>) {
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (key: K) => `${baseId}-tab-${key}`;
  const panelId = (key: K) => `${baseId}-panel-${key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = items.findIndex((item) => item.key === activeKey);
    const last = items.length - 1;
    const next =
      event.key === 'ArrowRight' ? (current + 1) % items.length
      : event.key === 'ArrowLeft' ? (current - 1 + items.length) % items.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    tabs.current[next]?.focus();
    const item = items[next];
    if (item && item.key !== activeKey) onChange(item.key);
  };

  return (
    <div className="plain-tabs">
      <div className="plain-tabs-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {items.map((item, index) => {
          const isActive = item.key === activeKey;
          return (
            <button
              key={item.key}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(item.key)}
              className="plain-tabs-tab"
              aria-selected={isActive}
              aria-controls={panelId(item.key)}
              tabIndex={isActive ? 0 : -1}
              onClick={() => {
                if (!isActive) onChange(item.key);
              }}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) => {
        const isActive = item.key === activeKey;
        return (
          <div key={item.key} role="tabpanel" id={panelId(item.key)} aria-labelledby={tabId(item.key)} className="plain-tabs-panel" hidden={!isActive} tabIndex={0}>
            {isActive && item.children}
          </div>
        );
      })}
    </div>
  );
}
