import { useMemo } from 'react';
import { amountLabel, decimalToFen, fenToNumber, type JsonShare, type Lang, type Unit } from '../../core';
import { roundUi } from '../../core';

export interface SharesChartProps {
  lang: Lang;
  /** One file's shares in one unit (the chart never adds different files or units). */
  shares: readonly JsonShare[];
  unit: Unit;
  title: string;
}

const KEYS = ['province', 'shenzhen', 'heyuanCity', 'county'] as const;
/** Fixed colours (not theme variables) so the chart prints as it shows. */
export const SERIES_COLORS = ['#0F6CBD', '#C50F1F', '#107C10', '#C77C00'];

/** A step of 1, 2 or 5 × 10ⁿ giving about `n` ticks up to `max`. */
export function niceStep(max: number, n = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/**
 * Each town's shares over all years, stacked by source (inline SVG): a value axis with its numbers and the unit,
 * the towns along the bottom, and a legend of the four sources. Amounts are summed in 分 and only turned into
 * numbers for drawing.
 */
export function SharesChart({ lang, shares, unit, title }: SharesChartProps) {
  const r = roundUi(lang);
  const byTown = useMemo(() => {
    const m = new Map<string, bigint[]>();
    for (const s of shares) {
      const v = m.get(s.town) ?? KEYS.map(() => 0n);
      KEYS.forEach((k, i) => (v[i] += decimalToFen(s[k], s.unit) ?? 0n));
      m.set(s.town, v);
    }
    return [...m.entries()].map(([town, v]) => [town, v.map((f) => fenToNumber(f, unit))] as const);
  }, [shares, unit]);
  const years = shares.map((s) => s.year);
  const top = Math.max(0, ...byTown.map(([, v]) => v.reduce((a, b) => a + b, 0)));
  const step = niceStep(top);
  const ticks = Math.max(1, Math.ceil(top / step));
  const axisMax = ticks * step;
  const fmt = (x: number) => x.toLocaleString(lang, { maximumFractionDigits: 2 });
  const left = 16 + 7 * Math.max(...Array.from({ length: ticks + 1 }, (_, i) => fmt(i * step).length));
  const barW = 34;
  const gap = 12;
  const plotTop = 56;
  const plotH = 220;
  const width = Math.max(420, left + byTown.length * (barW + gap) + gap);
  const y = (v: number) => plotTop + plotH - (v / axisMax) * plotH;
  return (
    <svg
      viewBox={`0 0 ${width} ${plotTop + plotH + 40}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="shares-chart"
      style={{ maxWidth: `${width}px` }}
    >
      <title>{title}</title>
      <g data-testid="chart-legend">
        {KEYS.map((k, i) => (
          <g key={k} transform={`translate(${left + i * 130}, 8)`}>
            <rect width="12" height="12" style={{ fill: SERIES_COLORS[i] }} />
            <text x="18" y="11" fontSize="12">
              {amountLabel(k, lang)}
            </text>
          </g>
        ))}
      </g>
      <text x={4} y={plotTop - 12} fontSize="12" data-testid="chart-unit">
        {r.axisUnit(unit)}
        {years.length ? r.chartYears(Math.min(...years), Math.max(...years)) : ''}
      </text>
      <g data-testid="chart-axis">
        {Array.from({ length: ticks + 1 }, (_, i) => (
          <g key={i}>
            <line x1={left} x2={width - 4} y1={y(i * step)} y2={y(i * step)} stroke="#D1D1D1" strokeWidth={i === 0 ? 0 : 1} />
            <text x={left - 6} y={y(i * step) + 4} fontSize="11" textAnchor="end">
              {fmt(i * step)}
            </text>
          </g>
        ))}
        <line x1={left} x2={left} y1={plotTop} y2={plotTop + plotH} stroke="currentColor" />
        <line x1={left} x2={width - 4} y1={plotTop + plotH} y2={plotTop + plotH} stroke="currentColor" />
      </g>
      {byTown.map(([town, v], i) => {
        let acc = 0;
        const x = left + gap + i * (barW + gap);
        return (
          <g key={town}>
            {v.map((amount, k) => {
              const y0 = y(acc);
              acc += amount;
              return <rect key={k} x={x} y={y(acc)} width={barW} height={Math.max(0, y0 - y(acc))} style={{ fill: SERIES_COLORS[k] }} />;
            })}
            <text x={x + barW / 2} y={plotTop + plotH + 16} fontSize="11" textAnchor="middle">
              {town.replace(/镇$/, '')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
