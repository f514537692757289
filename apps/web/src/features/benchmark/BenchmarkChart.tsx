import type { ReactNode } from 'react';
import { metricLabel } from '../../shared/api';
import { ACCENT, AXIS, GRID, INK, MUTED_INK } from '../../shared/charts';
import { useWidth } from '../../shared/charts';
import { textWidth } from '../../shared/export';
import { useFormat } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { groupName } from '../../shared/ui';
import { stripPosition, type BenchmarkLine } from './benchmark-data';

const ROW = 24;
const GROUP = 26;
const STANDING_COLORS = { good: '#2f7d4f', bad: '#b5533c', neutral: ACCENT } as const;

/**
 * Every metric against the peers, one row each: the peers' range (min–max line), middle half
 * (Q1–Q3 box) and median (tick), the subject as a dot, its value and rank. Each row has its own
 * scale: the metrics have different units and sizes.
 */
export function BenchmarkChart({ lines, ariaLabel }: { readonly lines: readonly BenchmarkLine[]; readonly ariaLabel: string }) {
  const t = useT();
  const f = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const labelWidth = Math.min(230, Math.max(...lines.map((l) => textWidth(metricLabel(l.metric, f.lang), 12))) + 12);
  const valueWidth = 96;
  const rankWidth = 86;
  const stripLeft = labelWidth + 8;
  const stripWidth = Math.max(120, width - stripLeft - valueWidth - rankWidth - 16);

  let y = 22;
  let group: string | null = null;
  const parts: ReactNode[] = [];
  parts.push(
    <g key="head" fontSize={11} fill={MUTED_INK}>
      <text x={stripLeft} y={12}>{t('benchmark.chart.min')}</text>
      <text x={stripLeft + stripWidth / 4} y={12} textAnchor="middle">{t('benchmark.chart.q1')}</text>
      <text x={stripLeft + stripWidth / 2} y={12} textAnchor="middle">{t('benchmark.chart.median')}</text>
      <text x={stripLeft + (stripWidth * 3) / 4} y={12} textAnchor="middle">{t('benchmark.chart.q3')}</text>
      <text x={stripLeft + stripWidth} y={12} textAnchor="end">{t('benchmark.chart.max')}</text>
      <text x={stripLeft + stripWidth + 8 + valueWidth} y={12} textAnchor="end">{t('benchmark.chart.value')}</text>
      <text x={width - 4} y={12} textAnchor="end">{t('benchmark.chart.rank')}</text>
    </g>,
  );
  for (const line of lines) {
    if (line.metric.group !== group) {
      group = line.metric.group;
      y += 6;
      parts.push(
        <text key={`g-${group}`} x={0} y={y + 14} fontSize={12} fontWeight={600} fill={INK}>
          {groupName(group, t)}
        </text>,
      );
      parts.push(<line key={`gl-${group}`} x1={0} x2={width} y1={y + GROUP - 4} y2={y + GROUP - 4} stroke={GRID} />);
      y += GROUP;
    }
    const { row, metric } = line;
    const cy = y + ROW / 2;
    const has = (v: number | null | undefined): v is number => v !== null && v !== undefined;
    const peers = { min: row.min ?? 0, q1: row.q1 ?? row.min ?? 0, median: row.median ?? row.min ?? 0, q3: row.q3 ?? row.max ?? 0, max: row.max ?? 0 };
    const x = (v: number) => stripLeft + stripPosition(v, peers) * stripWidth;
    const color = line.standing ? STANDING_COLORS[line.standing] : AXIS;
    parts.push(
      <g key={metric.key} data-metric={metric.key}>
        <text x={labelWidth} y={cy} textAnchor="end" dominantBaseline="central" fontSize={12} fill={INK}>
          {metricLabel(metric, f.lang)}
        </text>
        {has(row.min) && has(row.max) ? (
          <>
            <line x1={stripLeft} x2={stripLeft + stripWidth} y1={cy} y2={cy} stroke={AXIS} strokeWidth={1.5} />
            <rect x={stripLeft + stripWidth / 4} y={cy - 6} width={stripWidth / 2} height={12} fill="#dfe6ee" stroke="#b8c4d2" />
            <line x1={stripLeft + stripWidth / 2} x2={stripLeft + stripWidth / 2} y1={cy - 8} y2={cy + 8} stroke={INK} strokeWidth={2} />
            {has(row.value) && <circle cx={x(row.value)} cy={cy} r={5.5} fill={color} stroke="#fff" strokeWidth={1.5} />}
          </>
        ) : (
          <text x={stripLeft} y={cy} dominantBaseline="central" fontSize={11} fill={MUTED_INK}>
            {t('benchmark.noPeers')}
          </text>
        )}
        <text x={stripLeft + stripWidth + 8 + valueWidth} y={cy} textAnchor="end" dominantBaseline="central" fontSize={12} fontWeight={600} fill={has(row.value) ? INK : MUTED_INK}>
          {has(row.value) ? f.value(row.value, metric.unit) : t('table.missing')}
        </text>
        <text x={width - 4} y={cy} textAnchor="end" dominantBaseline="central" fontSize={12} fill={MUTED_INK}>
          {has(row.rank) ? t('benchmark.rankOf', { rank: row.rank, count: row.peerCount }) : '—'}
        </text>
      </g>,
    );
    y += ROW;
  }
  const height = y + 8;

  return (
    <div ref={ref} className="chart benchmark-chart" data-chart="benchmark" data-points={lines.length}>
      <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel}>
        {parts}
      </svg>
      <ul className="benchmark-legend" aria-label={t('benchmark.legend')}>
        <li><span className="legend-line" aria-hidden="true" />{t('benchmark.legend.range')}</li>
        <li><span className="legend-box" aria-hidden="true" />{t('benchmark.legend.iqr')}</li>
        <li><span className="legend-median" aria-hidden="true" />{t('benchmark.legend.median')}</li>
        <li><span className="legend-dot" style={{ background: STANDING_COLORS.good }} aria-hidden="true" />{t('benchmark.legend.good')}</li>
        <li><span className="legend-dot" style={{ background: STANDING_COLORS.bad }} aria-hidden="true" />{t('benchmark.legend.bad')}</li>
        <li><span className="legend-dot" style={{ background: STANDING_COLORS.neutral }} aria-hidden="true" />{t('benchmark.legend.neutral')}</li>
      </ul>
    </div>
  );
}
