import { useMemo, useState } from 'react';
import {
  Badge,
  Dropdown,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  canIgnore,
  collectGroups,
  explainRule,
  helpHref,
  type FileResult,
  type JsonFinding,
  type Lang,
  type Severity,
  type UiStrings,
} from '../../core';
import { RuleBasis } from '../../taskpane/components/RuleBasis';
import { basisAndIgnore, IgnoreAction } from '../../taskpane/components/IgnoreAction';
import { Clip } from './Clip';

export interface FindingsTableProps {
  t: UiStrings;
  results: readonly FileResult[];
  lang?: Lang;
  /** 「忽略」 with a reason on a row (a group: each of its cells); absent where the page cannot check again. */
  onIgnore?: (rows: Row[], reason: string) => void;
  busy?: boolean;
}

type Row = JsonFinding & { file: string };
type SortKey = 'severity' | 'code' | 'sheet' | 'file';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const MAX_ROWS = 2000;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM, alignItems: 'end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  mono: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  message: { minWidth: '280px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A rule's short name on one or two lines, not one character a line.
  rule: { fontWeight: tokens.fontWeightSemibold, display: 'inline-block', minWidth: '7em' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  places: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, width: 'fit-content' },
  foot: basisAndIgnore,
  placeList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Every finding of the checked files: sortable by severity, code, sheet and file; filterable. One row per cause
 * (issue 11): the rule's name, the message, the code in small type; 「同一问题，共 N 处」 opens to every cell, and
 * 「依据」 to the plan's sentence and the fix.
 */
export function FindingsTable({ t, results, lang = 'zh-CN', onIgnore, busy }: FindingsTableProps) {
  const styles = useStyles();
  // Ignored findings are listed apart (IgnoredTable), never here.
  const rows = useMemo<Row[]>(
    () => results.flatMap((r) => r.findings.flatMap((f) => (f.ignored ? [] : [{ ...f, file: r.file }]))),
    [results],
  );
  const [severity, setSeverity] = useState<string>('');
  const [sheet, setSheet] = useState<string>('');
  const [code, setCode] = useState<string>('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'severity', dir: 'ascending' });
  const sheets = useMemo(() => [...new Set(rows.map((r) => r.sheet).filter(Boolean))], [rows]);
  const codes = useMemo(() => [...new Set(rows.map((r) => r.code))].sort(), [rows]);

  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    const list = rows.filter(
      (r) =>
        (!severity || r.severity === severity) &&
        (!sheet || r.sheet === sheet) &&
        (!code || r.code === code) &&
        (!q || `${r.code} ${r.message} ${r.sheet}`.toLowerCase().includes(q)),
    );
    const cmp = (a: Row, b: Row) => {
      const k = sort.key;
      const d = k === 'severity' ? ORDER[a.severity] - ORDER[b.severity] : String(a[k]).localeCompare(String(b[k]), 'zh-CN');
      return sort.dir === 'ascending' ? d : -d;
    };
    return list
      .map((r, i) => ({ r, i }))
      .sort((a, b) => cmp(a.r, b.r) || a.i - b.i)
      .map((x) => x.r);
  }, [rows, severity, sheet, code, text, sort]);

  // One row per cause, within each file: the group's first finding stands for it.
  const entries = useMemo(() => {
    const out: { f: Row; items: Row[] }[] = [];
    for (const g of collectGroups(shown.map((r) => ({ r, group: r.group ? `${r.file}|${r.group}` : undefined })))) {
      out.push({ f: g.items[0].r, items: g.items.map((x) => x.r) });
      if (out.length >= MAX_ROWS) break;
    }
    return out;
  }, [shown]);

  const header = (key: SortKey, label: string) => (
    <TableHeaderCell
      sortable
      sortDirection={sort.key === key ? sort.dir : undefined}
      onClick={() => setSort({ key, dir: sort.key === key && sort.dir === 'ascending' ? 'descending' : 'ascending' })}
    >
      {label}
    </TableHeaderCell>
  );

  const filter = (label: string, value: string, set: (v: string) => void, options: { value: string; text: string }[]) => (
    <div className={styles.field}>
      <Text size={200} id={`filter-${label}`}>
        {label}
      </Text>
      <Dropdown
        aria-labelledby={`filter-${label}`}
        value={options.find((o) => o.value === value)?.text ?? t.filterAll}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => set(d.optionValue ?? '')}
      >
        <Option value="">{t.filterAll}</Option>
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </div>
  );

  return (
    <section aria-label={t.findingsHeading}>
      <div className={styles.filters}>
        {filter(
          t.filterSeverity,
          severity,
          setSeverity,
          (['error', 'warning', 'info'] as Severity[]).map((s) => ({ value: s, text: t.severity[s] })),
        )}
        {filter(
          t.filterSheet,
          sheet,
          setSheet,
          sheets.map((s) => ({ value: s, text: s })),
        )}
        {filter(
          t.filterCode,
          code,
          setCode,
          codes.map((c) => ({ value: c, text: c })),
        )}
        <div className={styles.field}>
          <Text size={200} id="filter-text">
            {t.filterText}
          </Text>
          <Input aria-labelledby="filter-text" value={text} onChange={(_, d) => setText(d.value)} />
        </div>
        <Text size={200} aria-live="polite">
          {t.showing(Math.min(shown.length, MAX_ROWS), rows.length)}
        </Text>
      </div>
      <div className={styles.wrap}>
        <Table className={styles.table} size="small" aria-label={t.findingsHeading} data-testid="findings-table">
          <TableHeader>
            <TableRow>
              {header('severity', t.colSeverity)}
              {header('code', t.colRule)}
              {header('sheet', t.colCell)}
              <TableHeaderCell>{t.colMessage}</TableHeaderCell>
              <TableHeaderCell>{t.colExpected}</TableHeaderCell>
              <TableHeaderCell>{t.colActual}</TableHeaderCell>
              {results.length > 1 ? header('file', t.colFile) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map(({ f, items }, i) => (
              <TableRow key={`${f.file}-${f.code}-${f.sheet}-${f.cell}-${i}`} data-testid="finding-row">
                <TableCell>
                  <Badge appearance="tint" color={COLOR[f.severity]}>
                    {t.severity[f.severity]}
                  </Badge>
                </TableCell>
                <TableCell>
                  <span className={styles.rule}>{f.rule ?? f.code}</span>
                </TableCell>
                <TableCell className={styles.mono}>{f.sheet ? <Clip text={`${f.sheet}${f.cell ? `!${f.cell}` : ''}`} /> : '—'}</TableCell>
                <TableCell>
                  <div className={styles.message}>
                    <span className="bf-wrap">{f.message}</span>
                    <span className={styles.code}>{f.code}</span>
                    {items.length > 1 ? (
                      <details className={styles.places} data-testid="finding-places">
                        <summary className={styles.summary}>{t.sameCause(items.length)}</summary>
                        <ul className={styles.placeList}>
                          {items.map((x, k) => (
                            <li key={`${x.cell}-${k}`}>
                              {x.sheet ? `${x.sheet}!${x.cell}` : x.cell}
                              {x.expected ? ` · ${t.colExpected} ${x.expected}` : ''}
                              {x.actual ? ` · ${t.colActual} ${x.actual}` : ''}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                    <div className={styles.foot}>
                      <RuleBasis ui={t} explained={explainRule(f.code, lang)} helpHref={helpHref(f.code, lang)} />
                      {onIgnore && canIgnore(f) ? (
                        <IgnoreAction ui={t} count={items.length} disabled={busy} onIgnore={(reason) => onIgnore(items, reason)} />
                      ) : null}
                    </div>
                  </div>
                </TableCell>
                <TableCell className={styles.mono}>
                  <Clip text={f.expected} />
                </TableCell>
                <TableCell className={styles.mono}>
                  <Clip text={f.actual} />
                </TableCell>
                {results.length > 1 ? (
                  <TableCell className={styles.mono}>
                    <Clip text={f.file} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
