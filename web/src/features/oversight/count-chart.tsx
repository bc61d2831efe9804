// One bar chart of the dashboard, drawn with AntV G2 v5 (the charting engine of Ant Design Charts). G2 is used
// directly rather than through @ant-design/plots: that wrapper dynamically imports react-dom/client, which splits
// React DOM out of the public pages' shared chunk and pushed a public page over its 250 KB budget (F6 item 5).
// Bars stay in the order of the data — lifecycle, division code, year or step order — never sorted by their value
// (Art. 8: no league tables). A bar is a link: clicking it opens the objects behind it. The same figures are listed
// below as plain links, for keyboards, screen readers, and phones where a bar is small to tap.
import { useEffect, useRef } from 'react';
import { Chart } from '@antv/g2';
import { Link } from 'react-router-dom';

export interface CountBar {
  key: string;
  label: string;
  count: number;
  /** The drill-down list of the bar; null: nothing to open. */
  href: string | null;
}

interface CountChartProps {
  title: string;
  bars: CountBar[];
  /** Horizontal bars for many or long labels (the lifecycle states, the 21 cities). */
  isHorizontal?: boolean;
  onOpen: (href: string) => void;
}

// Counts are whole numbers: a tick at 0.5 would read as half a platform.
const isWhole = (value: unknown) => Number.isInteger(Number(value));

export function CountChart({ title, bars, isHorizontal = false, onOpen }: CountChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  const height = isHorizontal ? Math.max(140, bars.length * 24 + 40) : 240;
  const barsKey = JSON.stringify(bars);

  useEffect(() => {
    if (!container.current) return;
    const data: CountBar[] = JSON.parse(barsKey) as CountBar[];
    // Room beyond the longest bar for its figure.
    const chart = new Chart({ container: container.current, autoFit: true, height, insetRight: isHorizontal ? 24 : 0, insetTop: isHorizontal ? 0 : 18 });
    chart.options({
      type: 'interval',
      data,
      encode: { x: 'label', y: 'count' },
      // The band scale keeps the data's order (lifecycle, division code, year, step): sort nothing.
      scale: { x: { domain: data.map((bar) => bar.label), padding: 0.3 }, y: { nice: true, domainMin: 0 } },
      coordinate: isHorizontal ? { transform: [{ type: 'transpose' }] } : {},
      axis: { x: { title: false, labelAutoRotate: !isHorizontal, labelAutoHide: false }, y: { title: false, tickFilter: isWhole } },
      labels: [{ text: (bar: CountBar) => (bar.count > 0 ? String(bar.count) : ''), position: isHorizontal ? 'right' : 'top', dx: isHorizontal ? 4 : 0 }],
      tooltip: { title: 'label', items: [{ channel: 'y', name: '数量' }] },
      style: { maxWidth: 40, cursor: 'pointer', fill: '#1677ff' },
      animate: false,
    });
    chart.on('element:click', (event: { data?: { data?: CountBar } }) => {
      const href = event.data?.data?.href;
      if (href) open.current(href);
    });
    void chart.render();
    return () => chart.destroy();
  }, [barsKey, height, isHorizontal]);

  return (
    <figure className="ov-chart" aria-label={title}>
      <div className="ov-chart-canvas" ref={container} style={{ height }} aria-hidden="true" />
      <figcaption>
        <ul className="ov-figures" aria-label={`${title}（数据）`}>
          {bars.map((bar) => (
            <li key={bar.key}>
              {bar.href && bar.count > 0 ? <Link to={bar.href}>{bar.label}</Link> : <span>{bar.label}</span>}
              <b>{bar.count}</b>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
