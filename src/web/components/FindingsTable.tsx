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
import type { FileResult, JsonFinding, Severity, UiStrings } from '../../core';
import { Clip } from './Clip';

export interface FindingsTableProps {
  t: UiStrings;
  results: readonly FileResult[];
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
  message: { minWidth: '280px' },
});

/** Every finding of the checked files: sortable by severity, code, sheet and file; filterable. */
export function FindingsTable({ t, results }: FindingsTableProps) {
  const styles = useStyles();
  const rows = useMemo<Row[]>(() => results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file }))), [results]);
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
              {header('code', t.colCode)}
              {header('sheet', t.colCell)}
              <TableHeaderCell>{t.colMessage}</TableHeaderCell>
              <TableHeaderCell>{t.colExpected}</TableHeaderCell>
              <TableHeaderCell>{t.colActual}</TableHeaderCell>
              {results.length > 1 ? header('file', t.colFile) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.slice(0, MAX_ROWS).map((f, i) => (
              <TableRow key={`${f.file}-${f.code}-${f.sheet}-${f.cell}-${i}`}>
                <TableCell>
                  <Badge appearance="tint" color={COLOR[f.severity]}>
                    {t.severity[f.severity]}
                  </Badge>
                </TableCell>
                <TableCell className={styles.mono}>{f.code}</TableCell>
                <TableCell className={styles.mono}>{f.sheet ? <Clip text={`${f.sheet}${f.cell ? `!${f.cell}` : ''}`} /> : '—'}</TableCell>
                <TableCell className={styles.message}>
                  <span className="bf-wrap">{f.message}</span>
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
