import { useState } from 'react';
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { amountLabel, roundUi, ui, yearTotals, type JsonShare, type Lang } from '../../core';
import { SHARE_KEYS, sharesByUnit, sharesTsv } from '../round';
import { SharesChart } from './SharesChart';

export interface FileSharesProps {
  lang: Lang;
  file: string;
  shares: readonly JsonShare[];
  /** Puts text on the clipboard (tests pass their own); default: navigator.clipboard. */
  copy?: (text: string) => Promise<void>;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  wrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  /** An amount column's heading sits over its right-aligned figures. */
  numHead: { justifyContent: 'flex-end', textAlign: 'right' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

/**
 * One file's shares, one section per unit (figures of different files or units are never added): a heading with
 * the file and unit, 「复制」 (the table as tab-separated text for Excel/WPS), the chart, and the table with each
 * year's total.
 */
export function FileShares({ lang, file, shares, copy = defaultCopy }: FileSharesProps) {
  const styles = useStyles();
  const t = ui(lang);
  const r = roundUi(lang);
  const [said, setSaid] = useState('');
  return (
    <>
      {sharesByUnit(shares).map(({ unit, shares: list }) => {
        const title = r.sharesOf(file, unit);
        return (
          <section key={unit} className={`${styles.section} bf-shares`} aria-label={title} data-testid="shares-section">
            <div className={styles.head}>
              <Title3 as="h3">{title}</Title3>
              <span className="bf-noprint">
                <Button
                  icon={<Copy20Regular />}
                  onClick={() =>
                    copy(sharesTsv(list, lang)).then(
                      () => setSaid(r.copied),
                      () => setSaid(r.copyFailed),
                    )
                  }
                >
                  {r.copyShares}
                </Button>
                <Text size={200} aria-live="polite">
                  {said}
                </Text>
              </span>
            </div>
            <SharesChart lang={lang} shares={list} unit={unit} title={`${t.chartLabel} — ${title}`} />
            <div className={styles.wrap}>
              <Table size="small" aria-label={title} data-testid="shares-table">
                <TableHeader>
                  {/* Printed on top of every page the table runs over: whose shares these are. */}
                  <tr className="bf-printonly-row">
                    <th colSpan={SHARE_KEYS.length + 3}>{title}</th>
                  </tr>
                  <TableRow>
                    <TableHeaderCell>{t.colTown}</TableHeaderCell>
                    <TableHeaderCell>{t.colYear}</TableHeaderCell>
                    {SHARE_KEYS.map((k) => (
                      <TableHeaderCell key={k} button={{ className: styles.numHead }}>
                        {amountLabel(k, lang)}
                      </TableHeaderCell>
                    ))}
                    <TableHeaderCell>{t.colUnit}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.map((s) => (
                    <TableRow key={`${s.town}-${s.year}`}>
                      <TableCell>{s.town}</TableCell>
                      <TableCell>{s.year}</TableCell>
                      {SHARE_KEYS.map((k) => (
                        <TableCell key={k} className={styles.num}>
                          {s[k]}
                        </TableCell>
                      ))}
                      <TableCell>{s.unit}</TableCell>
                    </TableRow>
                  ))}
                  {yearTotals(list).map((y) => (
                    <TableRow key={`total-${y.year}`} className={styles.total} data-testid="year-total">
                      <TableCell>{r.perYearTotal(y.year)}</TableCell>
                      <TableCell>{y.year}</TableCell>
                      {SHARE_KEYS.map((k) => (
                        <TableCell key={k} className={styles.num}>
                          {y[k]}
                        </TableCell>
                      ))}
                      <TableCell>{y.unit}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        );
      })}
    </>
  );
}
