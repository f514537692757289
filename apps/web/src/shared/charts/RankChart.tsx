import { memo, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { textWidth } from '../export';
import { ACCENT, AXIS, GRID, HIGHLIGHT, INK, MUTED_INK } from './palette';
import { linear, maxOf, niceTicks } from './scale';
import { useWidth } from './useWidth';

export interface RankItem {
  readonly key: string;
  readonly label: string;
  /** Already known to be a number: items without a value are listed apart by the caller. */
  readonly value: number;
  readonly highlight?: boolean;
}

export interface RankChartProps {
  /** Sorted as they should be drawn (largest first). */
  readonly items: readonly RankItem[];
  readonly formatValue: (value: number) => string;
  readonly formatTick: (value: number) => string;
  readonly ariaLabel: string;
  /** Up to this many items: one labelled horizontal bar each; above it: a column "skyline". */
  readonly labelledLimit?: number;
}

const BAR = 16;
const ROW = 24;

/**
 * A sorted bar chart that stays fast for every county of the country (~2,900 bars): beyond
 * `labelledLimit` items the bars are one SVG path, only the top few and highlighted ones get a
 * label, and the hover read-out is computed from the pointer position instead of one element per
 * bar. No animation. The render time is written to data-render-ms for the browser test.
 */
function RankChartImpl({ items, formatValue, formatTick, ariaLabel, labelledLimit = 40 }: RankChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const started = useRef(performance.now());
  started.current = performance.now();
  const [renderMs, setRenderMs] = useState<number | null>(null);
  useLayoutEffect(() => {
    setRenderMs(Math.round(performance.now() - started.current));
  }, [items, width]);

  const labelled = items.length <= labelledLimit;
  return (
    <div
      ref={ref}
      className="chart rank-chart"
      data-chart="rank"
      data-points={items.length}
      data-layout={labelled ? 'bars' : 'columns'}
      data-render-ms={renderMs ?? undefined}
    >
      {labelled ? (
        <LabelledBars items={items} width={width} formatValue={formatValue} ariaLabel={ariaLabel} />
      ) : (
        <Columns items={items} width={width} formatValue={formatValue} formatTick={formatTick} ariaLabel={ariaLabel} />
      )}
    </div>
  );
}

export const RankChart = memo(RankChartImpl);

function LabelledBars({ items, width, formatValue, ariaLabel }: { items: readonly RankItem[]; width: number; formatValue: (v: number) => string; ariaLabel: string }) {
  const labelWidth = Math.min(Math.max(...items.map((i) => textWidth(i.label, 12)), 40) + 18, Math.max(120, width * 0.38));
  const valueWidth = Math.max(...items.map((i) => textWidth(formatValue(i.value), 12)), 24) + 10;
  const plot = Math.max(40, width - labelWidth - valueWidth - 8);
  const x = linear(maxOf(items.map((i) => i.value)), plot);
  const height = items.length * ROW + 8;
  return (
    <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} fontSize={12}>
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke={AXIS} strokeWidth={1} />
      {items.map((item, i) => {
        const y = 4 + i * ROW;
        const w = item.value === 0 ? 1 : Math.max(1, x(item.value));
        return (
          <g key={item.key} data-item={item.key}>
            <text x={labelWidth - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central" fill={item.highlight ? HIGHLIGHT : INK} fontWeight={item.highlight ? 600 : 400}>
              {truncate(item.label, labelWidth - 12, 12)}
              <title>{item.label}</title>
            </text>
            <rect x={labelWidth} y={y + (ROW - BAR) / 2} width={w} height={BAR} rx={2} fill={item.highlight ? HIGHLIGHT : ACCENT} />
            <text className="rank-chart__value" x={labelWidth + w + 6} y={y + ROW / 2} dominantBaseline="central" fill={INK} fontWeight={500}>
              {formatValue(item.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Text shortened with an ellipsis to fit a width. */
function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

const PLOT_HEIGHT = 300;
const LEFT = 56;
const TOP = 28;
const BOTTOM = 28;
const MAX_LABELS = 8;

function Columns({
  items,
  width,
  formatValue,
  formatTick,
  ariaLabel,
}: {
  items: readonly RankItem[];
  width: number;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  ariaLabel: string;
}) {
  const plotWidth = Math.max(100, width - LEFT - 12);
  const band = plotWidth / items.length;
  const ticks = useMemo(() => niceTicks(maxOf(items.map((i) => i.value))), [items]);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = linear(top, PLOT_HEIGHT);
  const height = TOP + PLOT_HEIGHT + BOTTOM;

  const { plain, highlighted } = useMemo(() => {
    // One path per colour: thousands of bars cost two DOM nodes.
    let plainPath = '';
    let highlightPath = '';
    const w = Math.max(band - (band > 3 ? 1 : 0), 0.6).toFixed(2);
    items.forEach((item, i) => {
      const h = Math.max(item.value > 0 ? 0.8 : 0.4, y(item.value));
      const seg = `M${(LEFT + i * band).toFixed(2)} ${(TOP + PLOT_HEIGHT - h).toFixed(2)}h${w}v${h.toFixed(2)}h-${w}z`;
      if (item.highlight) highlightPath += seg;
      else plainPath += seg;
    });
    return { plain: plainPath, highlighted: highlightPath };
  }, [items, band, y]);

  // Labels: the largest few and every highlighted item (capped), placed above their bar.
  const labelled = useMemo(() => {
    const picks = new Set<number>();
    items.forEach((item, i) => {
      if (item.highlight && picks.size < MAX_LABELS) picks.add(i);
    });
    for (let i = 0; i < items.length && picks.size < MAX_LABELS; i++) if (i < 3) picks.add(i);
    return [...picks].sort((a, b) => a - b);
  }, [items]);

  const [hover, setHover] = useState<number | null>(null);
  const onMove = (event: MouseEvent<SVGRectElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const i = Math.floor((event.clientX - rect.left) / band);
    setHover(i >= 0 && i < items.length ? i : null);
  };
  const hovered = hover !== null ? items[hover] : undefined;

  return (
    <div className="rank-chart__columns">
      <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} fontSize={11}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={LEFT + plotWidth} y1={TOP + PLOT_HEIGHT - y(tick)} y2={TOP + PLOT_HEIGHT - y(tick)} stroke={GRID} strokeWidth={1} />
            <text x={LEFT - 6} y={TOP + PLOT_HEIGHT - y(tick)} textAnchor="end" dominantBaseline="central" fill={MUTED_INK}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        <path d={plain} fill={ACCENT} className="rank-chart__bars" />
        <path d={highlighted} fill={HIGHLIGHT} className="rank-chart__bars rank-chart__bars--highlight" />
        <line x1={LEFT} x2={LEFT + plotWidth} y1={TOP + PLOT_HEIGHT} y2={TOP + PLOT_HEIGHT} stroke={AXIS} strokeWidth={1} />
        {labelled.map((i, n) => {
          const item = items[i];
          const cx = LEFT + (i + 0.5) * band;
          const barTop = TOP + PLOT_HEIGHT - y(item.value);
          const ly = Math.max(12, barTop - 8 - (n % 2) * 13);
          const anchor = cx > LEFT + plotWidth - 80 ? 'end' : cx < LEFT + 80 ? 'start' : 'middle';
          return (
            <g key={item.key} className="rank-chart__label" data-item={item.key}>
              <line x1={cx} x2={cx} y1={ly + 3} y2={barTop} stroke={item.highlight ? HIGHLIGHT : AXIS} strokeWidth={0.75} />
              <text x={cx} y={ly} textAnchor={anchor} fill={item.highlight ? HIGHLIGHT : INK} fontWeight={item.highlight ? 600 : 400}>
                {`${item.label} ${formatValue(item.value)}`}
              </text>
            </g>
          );
        })}
        <text x={LEFT} y={height - 8} fill={MUTED_INK}>
          1
        </text>
        <text x={LEFT + plotWidth} y={height - 8} fill={MUTED_INK} textAnchor="end">
          {items.length}
        </text>
        {hovered && hover !== null && (
          <rect data-export="skip" x={LEFT + hover * band} y={TOP} width={Math.max(band, 1)} height={PLOT_HEIGHT} fill="rgba(15,23,42,0.08)" pointerEvents="none" />
        )}
        <rect
          data-export="skip"
          x={LEFT}
          y={TOP}
          width={plotWidth}
          height={PLOT_HEIGHT}
          fill="transparent"
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        />
      </svg>
      <p className="rank-chart__readout" aria-live="off">
        {hovered && hover !== null ? `${hover + 1}. ${hovered.label}: ${formatValue(hovered.value)}` : '\u00a0'}
      </p>
    </div>
  );
}
