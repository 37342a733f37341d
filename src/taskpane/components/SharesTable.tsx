import { useState } from 'react';
import { Caption1, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { amountLabel, formatFen, lineYearTotals, roundUi, type Lang, type Profile, type ShareLine, type UiStrings } from '../../core';
import type { TaskpaneStrings } from '../strings';

export interface SharesTableProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  lang: Lang;
  shares: readonly ShareLine[];
  profile?: Pick<Profile, 'county' | 'city'>;
  /** Narrow pane: town and year share a column, small type, tight cells. */
  compact: boolean;
}

const KEYS = ['total', 'province', 'shenzhen', 'heyuanCity', 'county'] as const;

const useStyles = makeStyles({
  wrap: { maxWidth: '100%', overflowX: 'auto' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  compactTable: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    verticalAlign: 'top',
  },
  compactCell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}` },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: 'bottom',
    overflowWrap: 'break-word',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numHead: { textAlign: 'end' },
  compactHead: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  town: { whiteSpace: 'nowrap' },
  rowHead: { fontWeight: tokens.fontWeightRegular },
  yearLine: { display: 'block', color: tokens.colorNeutralForeground2 },
  unit: { color: tokens.colorNeutralForeground2 },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  year: { width: '130px' },
});

/** The computed shares of each town-year (合计, 省级, 深圳市, 河源市级, 紫金县级), in the sheet's unit; one year or all. */
export function SharesTable({ t, ui, lang, shares, profile, compact }: SharesTableProps) {
  const styles = useStyles();
  const cell = mergeClasses(styles.cell, compact && styles.compactCell);
  const head = mergeClasses(cell, styles.head, compact && styles.compactHead);
  const units = [...new Set(shares.map((s) => s.unit))];
  const years = [...new Set(shares.map((s) => s.year))].sort((a, b) => a - b);
  const [year, setYear] = useState('all');
  const shown = year === 'all' ? shares : shares.filter((s) => String(s.year) === year);
  return (
    <>
      <div className={styles.bar}>
        {units.length === 1 ? <Caption1 className={styles.unit}>{t.unitNote(units[0])}</Caption1> : <span />}
        {years.length > 1 ? (
          <Select
            className={styles.year}
            aria-label={t.shareYear}
            value={year}
            onChange={(_, d) => setYear(d.value)}
            data-testid="share-year"
          >
            <option value="all">{t.allYears}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      {/* Focusable so that a keyboard user can scroll it if an amount is too wide for the pane. */}
      <div className={styles.wrap} role="region" aria-label={t.sharesTableLabel} tabIndex={0}>
        <table className={mergeClasses(styles.table, compact && styles.compactTable)} data-testid="shares-table">
          <thead>
            <tr>
              {compact ? (
                <th scope="col" className={head}>
                  {t.townYear}
                </th>
              ) : (
                <>
                  <th scope="col" className={head}>
                    {ui.colTown}
                  </th>
                  <th scope="col" className={head}>
                    {ui.colYear}
                  </th>
                </>
              )}
              {KEYS.map((k) => (
                <th key={k} scope="col" className={mergeClasses(head, styles.numHead)}>
                  {amountLabel(k, lang, profile)}
                </th>
              ))}
              {units.length > 1 ? (
                <th scope="col" className={head}>
                  {ui.colUnit}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={`${s.sheet}|${s.row}|${s.town}|${s.year}`}>
                {compact ? (
                  <th scope="row" className={mergeClasses(cell, styles.town, styles.rowHead)}>
                    {s.town}
                    <span className={styles.yearLine}>{s.year}</span>
                  </th>
                ) : (
                  <>
                    <th scope="row" className={mergeClasses(cell, styles.town, styles.rowHead)}>
                      {s.town}
                    </th>
                    <td className={cell}>{s.year}</td>
                  </>
                )}
                {KEYS.map((k) => (
                  <td key={k} className={mergeClasses(cell, styles.num)}>
                    {formatFen(s.computed[k], s.unit)}
                  </td>
                ))}
                {units.length > 1 ? <td className={cell}>{s.unit}</td> : null}
              </tr>
            ))}
            {/* Each year's total (issue 12), per unit: figures in different units are never added. */}
            {lineYearTotals(shown).map((y) => (
              <tr key={`total|${y.unit}|${y.year}`} data-testid="year-total">
                <th scope="row" colSpan={compact ? 1 : 2} className={mergeClasses(cell, styles.town, styles.rowHead)}>
                  {roundUi(lang).perYearTotal(y.year)}
                </th>
                {KEYS.map((k) => (
                  <td key={k} className={mergeClasses(cell, styles.num)}>
                    <strong>{formatFen(y.computed[k], y.unit)}</strong>
                  </td>
                ))}
                {units.length > 1 ? <td className={cell}>{y.unit}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
