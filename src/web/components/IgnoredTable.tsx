import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { collectGroups, type FileResult, type JsonFinding, type UiStrings } from '../../core';
import { Clip } from './Clip';

type Row = JsonFinding & { file: string };

export interface IgnoredTableProps {
  t: UiStrings;
  results: readonly FileResult[];
  busy?: boolean;
  /** 恢复: the entry's findings count again. */
  onRestore?: (rows: Row[]) => void;
}

const MAX_ROWS = 2000;

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2, display: 'block', marginBottom: tokens.spacingVerticalS },
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  mono: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  message: { minWidth: '240px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A rule's short name on one or two lines, not one character a line.
  rule: { fontWeight: tokens.fontWeightSemibold, display: 'inline-block', minWidth: '7em' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  places: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  reason: { minWidth: '160px', overflowWrap: 'anywhere' },
});

/**
 * 已忽略（N）: the findings set aside in the checked files, closed at first, one row per cause and reason with the
 * reason and 「恢复」; counted apart from the severities (issue 11).
 */
export function IgnoredTable({ t, results, busy, onRestore }: IgnoredTableProps) {
  const styles = useStyles();
  const rows: Row[] = results.flatMap((r) => r.findings.flatMap((f) => (f.ignored ? [{ ...f, file: r.file }] : [])));
  if (rows.length === 0) return null;
  const entries = collectGroups(
    rows.map((r) => ({ r, group: r.group ? `${r.file}|${r.group}|${r.ignored?.reason ?? ''}` : undefined })),
  ).slice(0, MAX_ROWS);
  const files = results.length > 1;
  return (
    <Accordion collapsible data-testid="ignored">
      <AccordionItem value="ignored">
        <AccordionHeader as="h3" data-testid="ignored-heading">
          {t.ignoredHeading(rows.length)}
        </AccordionHeader>
        <AccordionPanel>
          <Text size={200} className={styles.note}>
            {t.ignoredNote}
          </Text>
          <div className={styles.wrap}>
            <Table className={styles.table} size="small" aria-label={t.ignoredHeading(rows.length)} data-testid="ignored-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.colRule}</TableHeaderCell>
                  <TableHeaderCell>{t.colCell}</TableHeaderCell>
                  <TableHeaderCell>{t.colMessage}</TableHeaderCell>
                  <TableHeaderCell>{t.colReason}</TableHeaderCell>
                  {files ? <TableHeaderCell>{t.colFile}</TableHeaderCell> : null}
                  <TableHeaderCell />
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map(({ items }, i) => {
                  const f = items[0].r;
                  return (
                    <TableRow key={`${f.file}-${f.code}-${f.sheet}-${f.cell}-${i}`} data-testid="ignored-row">
                      <TableCell>
                        <span className={styles.rule}>{f.rule ?? f.code}</span>
                      </TableCell>
                      <TableCell className={styles.mono}>
                        {f.sheet ? <Clip text={`${f.sheet}${f.cell ? `!${f.cell}` : ''}`} /> : '—'}
                      </TableCell>
                      <TableCell>
                        <div className={styles.message}>
                          <span className="bf-wrap">{f.message}</span>
                          <span className={styles.code}>{f.code}</span>
                          {items.length > 1 ? <span className={styles.places}>{t.sameCause(items.length)}</span> : null}
                        </div>
                      </TableCell>
                      <TableCell className={styles.reason}>{f.ignored?.reason}</TableCell>
                      {files ? (
                        <TableCell className={styles.mono}>
                          <Clip text={f.file} />
                        </TableCell>
                      ) : null}
                      <TableCell>
                        {onRestore ? (
                          <Button size="small" disabled={busy} onClick={() => onRestore(items.map((x) => x.r))} data-testid="restore">
                            {t.unignore}
                          </Button>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
