import { useMemo } from 'react';
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { amountLabel, type JsonShare, type Lang, type UiStrings } from '../../core';

export interface SharesViewProps {
  t: UiStrings;
  lang: Lang;
  shares: readonly JsonShare[];
}

const KEYS = ['province', 'shenzhen', 'heyuanCity', 'county'] as const;
const COLORS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteRedBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
];

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  chart: { width: '100%', maxWidth: '960px', height: 'auto', marginBottom: tokens.spacingVerticalL },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle' },
});

/** The shares by town and year, and a stacked bar chart of each town's shares over all years (inline SVG). */
export function SharesView({ t, lang, shares }: SharesViewProps) {
  const styles = useStyles();
  const byTown = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const s of shares) {
      const v = m.get(s.town) ?? [0, 0, 0, 0];
      KEYS.forEach((k, i) => (v[i] += Number(s[k])));
      m.set(s.town, v);
    }
    return [...m.entries()];
  }, [shares]);
  const max = Math.max(1, ...byTown.map(([, v]) => v.reduce((a, b) => a + b, 0)));
  const barW = 40;
  const gap = 14;
  const h = 220;
  const width = Math.max(300, byTown.length * (barW + gap) + 60);
  return (
    <section aria-label={t.sharesHeading}>
      <div className={styles.legend} aria-hidden="true">
        {KEYS.map((k, i) => (
          <span key={k}>
            <span className={styles.swatch} style={{ backgroundColor: COLORS[i] }} />
            {amountLabel(k, lang)}
          </span>
        ))}
      </div>
      <svg className={styles.chart} viewBox={`0 0 ${width} ${h + 50}`} role="img" aria-label={t.chartLabel} data-testid="shares-chart">
        <title>{t.chartLabel}</title>
        {byTown.map(([town, v], i) => {
          let y = h;
          const x = 50 + i * (barW + gap);
          return (
            <g key={town}>
              {v.map((amount, k) => {
                const bh = (amount / max) * (h - 10);
                y -= bh;
                return <rect key={k} x={x} y={y} width={barW} height={bh} fill={COLORS[k]} />;
              })}
              <text x={x + barW / 2} y={h + 16} fontSize="11" textAnchor="middle">
                {town.replace(/镇$/, '')}
              </text>
            </g>
          );
        })}
        <line x1="45" y1={h} x2={width} y2={h} stroke="currentColor" />
      </svg>
      <div className={styles.wrap}>
        <Table size="small" aria-label={t.sharesHeading} data-testid="shares-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colTown}</TableHeaderCell>
              <TableHeaderCell>{t.colYear}</TableHeaderCell>
              <TableHeaderCell>{t.colTotal}</TableHeaderCell>
              {KEYS.map((k) => (
                <TableHeaderCell key={k}>{amountLabel(k, lang)}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t.colUnit}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shares.map((s) => (
              <TableRow key={`${s.town}-${s.year}`}>
                <TableCell>{s.town}</TableCell>
                <TableCell>{s.year}</TableCell>
                <TableCell className={styles.num}>{s.total}</TableCell>
                {KEYS.map((k) => (
                  <TableCell key={k} className={styles.num}>
                    {s[k]}
                  </TableCell>
                ))}
                <TableCell>{s.unit}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
