import { Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { amountLabel, formatFen, type Lang, type Profile, type ShareLine, type UiStrings } from '../../core';
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
  table: { tableLayout: 'auto', width: '100%' },
  compactCell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: { overflowWrap: 'anywhere', verticalAlign: 'bottom' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', justifyContent: 'flex-end' },
  town: { display: 'flex', flexDirection: 'column' },
  year: { color: tokens.colorNeutralForeground2 },
  unit: { color: tokens.colorNeutralForeground2 },
});

/** The computed shares of each town-year (合计, 省级, 深圳市, 河源市级, 紫金县级), in the sheet's unit. */
export function SharesTable({ t, ui, lang, shares, profile, compact }: SharesTableProps) {
  const styles = useStyles();
  const cell = compact ? styles.compactCell : undefined;
  const units = [...new Set(shares.map((s) => s.unit))];
  return (
    <>
      {units.length === 1 ? <Caption1 className={styles.unit}>{t.unitNote(units[0])}</Caption1> : null}
      <div className={styles.wrap} role="region" aria-label={t.sharesHeading} tabIndex={0}>
        <Table size="extra-small" className={styles.table} aria-label={t.sharesHeading} data-testid="shares-table">
          <TableHeader>
            <TableRow>
              {compact ? (
                <TableHeaderCell className={mergeClasses(cell, styles.head)}>{t.townYear}</TableHeaderCell>
              ) : (
                <>
                  <TableHeaderCell className={styles.head}>{ui.colTown}</TableHeaderCell>
                  <TableHeaderCell className={styles.head}>{ui.colYear}</TableHeaderCell>
                </>
              )}
              {KEYS.map((k) => (
                <TableHeaderCell key={k} className={mergeClasses(cell, styles.head, styles.num)}>
                  {amountLabel(k, lang, profile)}
                </TableHeaderCell>
              ))}
              {units.length > 1 ? <TableHeaderCell className={mergeClasses(cell, styles.head)}>{ui.colUnit}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shares.map((s) => (
              <TableRow key={`${s.sheet}|${s.row}|${s.town}|${s.year}`}>
                {compact ? (
                  <TableCell className={cell}>
                    <span className={styles.town}>
                      <span>{s.town}</span>
                      <span className={styles.year}>{s.year}</span>
                    </span>
                  </TableCell>
                ) : (
                  <>
                    <TableCell>{s.town}</TableCell>
                    <TableCell>{s.year}</TableCell>
                  </>
                )}
                {KEYS.map((k) => (
                  <TableCell key={k} className={mergeClasses(cell, styles.num)}>
                    {formatFen(s.computed[k], s.unit)}
                  </TableCell>
                ))}
                {units.length > 1 ? <TableCell className={cell}>{s.unit}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
