import { formatFinding, roundUi, ui, type Finding, type FileResult, type Lang, type Profile } from '../../core';

export interface PrintReportProps {
  lang: Lang;
  results: readonly FileResult[];
  round: readonly Finding[];
  profile: Profile;
}

/**
 * What 「打印报告」 prints of the findings (hidden on screen): one table per file whose header rows, repeated by the
 * browser on each printed page, carry the file's name; every column wraps inside the A4 landscape width. The
 * cross-file findings come first.
 */
export function PrintReport({ lang, results, round, profile }: PrintReportProps) {
  const t = ui(lang);
  const r = roundUi(lang);
  const [open, close] = lang === 'en-US' ? [' (', ')'] : ['（', '）'];
  const cols = [t.colSeverity, t.colCode, t.colCell, t.colMessage, t.colExpected, t.colActual];
  const widths = ['7%', '14%', '13%', '42%', '12%', '12%'];
  const table = (title: string, rows: string[][], key: string) => (
    <section key={key} className="bf-print-section" data-testid="print-file">
      <table className="bf-print-table">
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr className="bf-print-file">
            <th colSpan={cols.length}>{title}</th>
          </tr>
          <tr>
            {cols.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={cols.length}>{t.noProblems}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
  return (
    <div className="bf-printonly" data-testid="print-report">
      {round.length
        ? table(
            r.roundOfFiles(results.length),
            round.map((f) => [
              t.severity[f.severity],
              f.code,
              f.code === 'ROUND-CONFLICT' ? f.params.files.map((x, i) => `${x} ${f.params.cells[i] ?? ''}`).join(r.list) : '',
              formatFinding(f, lang, profile),
              f.expected ?? '',
              f.actual ?? '',
            ]),
            'round',
          )
        : null}
      {results.map((res) =>
        table(
          r.printedOn(res.file),
          // Ignored findings (issue 11) print after the open ones, marked, with the user's reason.
          [...res.findings.filter((f) => !f.ignored), ...res.findings.filter((f) => f.ignored)].map((f) => [
            f.ignored ? `${t.ignoredTag}${open}${t.severity[f.severity]}${close}` : t.severity[f.severity],
            f.code,
            f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '',
            f.ignored ? `${f.message}${open}${t.colReason}${lang === 'en-US' ? ': ' : '：'}${f.ignored.reason}${close}` : f.message,
            f.expected,
            f.actual,
          ]),
          res.file,
        ),
      )}
    </div>
  );
}
