import { useCallback, useMemo, useRef, useState } from 'react';
import { Caption1, makeStyles, mergeClasses, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { applyIgnores, IGNORES_SHEET, summarise, ui as uiStrings, type CheckReport, type Ignore, type Lang } from '../../core';
import { toPaneError, type PaneError } from '../errors';
import { groupFindings, listFindings, type ListedFinding, type SeverityFilter } from '../filter';
import { useCompactPane } from '../layout';
import { paneStrings } from '../strings';
import { CheckActions } from './CheckActions';
import { CheckProgress, type CheckStep } from './CheckProgress';
import { ErrorBar } from './ErrorBar';
import { FindingFilters } from './FindingFilters';
import { FindingsList } from './FindingsList';
import { RecognitionSection } from './RecognitionSection';
import { SharesTable } from './SharesTable';
import { SummaryCounts } from './SummaryCounts';
import { HelpLink } from './HelpLink';
import { useStaleness, type WatchWorkbook } from '../stale';
import { StaleResultsBar } from './StaleResultsBar';
import { ClearResults, type ResultSheets } from './ClearResults';
import { IgnoredList } from './IgnoredList';
import { withIgnored, withRestored } from '../ignoring';

/** How many findings the pane lists at once; the 校验问题 sheet holds all of them. */
export const MAX_LISTED_FINDINGS = 200;

export interface TaskPaneProps {
  lang: Lang;
  /** Runs a check of the open workbook and writes the result sheets; reports each step as it starts. */
  onCheck: (onProgress: (step: CheckStep) => void) => Promise<CheckReport>;
  /** Activates `sheet` and selects `cell` (an A1 address or range). */
  onSelectCell: (sheet: string, cell: string) => Promise<void> | void;
  /** Inserts the blank template's sheets; absent while the host cannot. Sheets it skipped (their names are taken) are told. */
  onInsertTemplate?: () => Promise<InsertResult | void>;
  /** Inserts the 规则参数 sheet prefilled with the profile's values, never over a sheet; absent while the host cannot. */
  onInsertParams?: () => Promise<InsertResult>;
  /** Watches the workbook after a check, so the results can be marked stale (Excel host). */
  onWatch?: WatchWorkbook;
  /** 清除结果: what it would delete, and the deletion; absent where the host cannot. */
  onListResults?: () => Promise<ResultSheets>;
  onClearResults?: () => Promise<ResultSheets>;
  /** 忽略 / 恢复: saves the ignores marked in `report` in the workbook (hidden 忽略记录) and rewrites 校验问题; where they went. */
  onSaveIgnores?: (report: CheckReport) => Promise<Partial<Record<string, string>>>;
}

/** What an insertion did: sheets inserted, and sheets skipped because the workbook already has their names. */
export interface InsertResult {
  inserted: string[];
  skipped: string[];
}

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
  },
  compactPane: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The whole pane: actions, progress, errors, counts, findings and shares, in one column. */
export function TaskPane({
  lang,
  onCheck,
  onSelectCell,
  onInsertTemplate,
  onInsertParams,
  onWatch,
  onListResults,
  onClearResults,
  onSaveIgnores,
}: TaskPaneProps) {
  const styles = useStyles();
  const t = paneStrings(lang);
  const ui = uiStrings(lang);
  const compact = useCompactPane();
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<CheckStep | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState('');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [query, setQuery] = useState('');
  const runs = useRef(0);
  const staleness = useStaleness(onWatch);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    setNotice('');
    setStep('reading');
    try {
      await staleness.stop();
      const r = await onCheck((s) => setStep(s));
      runs.current++;
      setReport(r);
      setStep('done');
      const run = r as CheckReport & { written?: Record<string, string>; mergesUnread?: string[] };
      const merges = run.mergesUnread?.length ? ` ${ui.addin.mergesUnread(run.mergesUnread.join('、'))}` : '';
      setNotice(t.resultsWritten(ui.resultsSheet, ui.issuesSheet) + merges);
      void staleness.start(Object.values(run.written ?? {}));
    } catch (e) {
      setStep(null);
      setError(toPaneError(e, lang));
    } finally {
      setBusy(false);
    }
  }, [onCheck, lang, t, ui, staleness]);

  const select = useCallback(
    async (sheet: string, cell: string) => {
      if (staleness.deleted.has(sheet)) return setError({ message: ui.addin.sheetGone(sheet), details: `${sheet}!${cell}` });
      try {
        await onSelectCell(sheet, cell);
      } catch (e) {
        setError(toPaneError(e, lang));
      }
    },
    [onSelectCell, lang, staleness.deleted, ui],
  );

  /** Runs an insertion with the pane busy; its notice, or the host's error. */
  const inserting = useCallback(
    async (insert: () => Promise<string>) => {
      setBusy(true);
      setError(null);
      setNotice('');
      try {
        setNotice(await insert());
      } catch (e) {
        setError(toPaneError(e, lang));
      } finally {
        setBusy(false);
      }
    },
    [lang],
  );

  const insertTemplate = useMemo(
    () =>
      onInsertTemplate
        ? () =>
            inserting(async () => {
              const r = await onInsertTemplate();
              const en = lang === 'en-US';
              const skipped = r?.skipped.length ? t.templateSkipped(r.skipped.join(en ? ', ' : '、')) : '';
              if (r && r.inserted.length === 0) return skipped;
              return skipped ? `${t.templateInserted}${en ? ' ' : ''}${skipped}` : t.templateInserted;
            })
        : undefined,
    [onInsertTemplate, inserting, lang, t],
  );

  const insertParams = useMemo(
    () =>
      onInsertParams
        ? () =>
            inserting(async () => {
              const r = await onInsertParams();
              return r.inserted.length ? t.paramsInserted(r.inserted[0]) : t.paramsExists(r.skipped[0] ?? ui.paramsSheet);
            })
        : undefined,
    [onInsertParams, inserting, t, ui],
  );

  /** Saves the ignores now in force; the findings move between the list and 已忽略 once the workbook has them. */
  const saveIgnores = useCallback(
    async (next: { ignores: Ignore[]; count: number }, said: (n: number, sheet: string) => string) => {
      if (!report || !onSaveIgnores || next.count === 0) return;
      setBusy(true);
      setError(null);
      setNotice('');
      const wasStale = staleness.stale;
      try {
        const updated: CheckReport = { ...report, findings: applyIgnores(report.findings, next.ignores), ignoreSheet: true };
        if (!wasStale) await staleness.stop();
        const wrote = await onSaveIgnores(updated);
        const written: Record<string, string> = { ...(report as { written?: Record<string, string> }).written };
        for (const [key, sheet] of Object.entries(wrote)) if (sheet) written[key] = sheet;
        setReport({ ...updated, written } as CheckReport);
        setNotice(said(next.count, wrote.ignores ?? IGNORES_SHEET));
        if (!wasStale) void staleness.start(Object.values(written));
      } catch (e) {
        setError(toPaneError(e, lang));
      } finally {
        setBusy(false);
      }
    },
    [report, onSaveIgnores, staleness, lang, ui],
  );
  const ignore = useCallback(
    (items: readonly ListedFinding[], reason: string) =>
      report && void saveIgnores(withIgnored(report.findings, items, reason), ui.ignoredSaved),
    [report, saveIgnores, ui],
  );
  const restore = useCallback(
    (items: readonly ListedFinding[]) => report && void saveIgnores(withRestored(report.findings, items), (n) => ui.restoredSaved(n)),
    [report, saveIgnores, ui],
  );

  const all = useMemo(() => (report ? listFindings(report.findings, lang, report.profile) : []), [report, lang]);
  const listed = useMemo(() => all.filter((i) => !i.finding.ignored), [all]);
  const ignored = useMemo(() => all.filter((i) => i.finding.ignored), [all]);
  const grouped = useMemo(() => groupFindings(listed, severity, query, MAX_LISTED_FINDINGS), [listed, severity, query]);
  const summary = useMemo(() => (report ? summarise(report.findings) : null), [report]);

  return (
    <main className={mergeClasses(styles.pane, compact && styles.compactPane)}>
      <Subtitle1 as="h1" className={styles.heading}>
        {ui.appName}
      </Subtitle1>
      <CheckActions t={t} busy={busy} onCheck={run} onInsertTemplate={insertTemplate} onInsertParams={insertParams} />
      {onListResults && onClearResults ? (
        <ClearResults
          ui={ui}
          lang={lang}
          busy={busy}
          onList={onListResults}
          onClear={onClearResults}
          onNotice={setNotice}
          onError={(e) => setError(toPaneError(e, lang))}
        />
      ) : null}
      <CheckProgress t={t} ui={ui} step={step} />
      {report && staleness.stale ? <StaleResultsBar ui={ui} busy={busy} onRecheck={run} /> : null}
      {error ? <ErrorBar t={t} error={error} onDismiss={() => setError(null)} /> : null}
      {notice ? (
        <Caption1 className={styles.note} data-testid="notice">
          {notice}
        </Caption1>
      ) : null}
      {report && summary ? (
        <>
          <section className={styles.section} aria-labelledby="bangfu-findings-heading">
            <Subtitle2 as="h2" id="bangfu-findings-heading" className={styles.heading}>
              {t.findingsHeading}
            </Subtitle2>
            <SummaryCounts t={t} ui={ui} summary={summary} />
            <HelpLink ui={ui} lang={lang} />
            {listed.length === 0 ? (
              <Caption1 className={styles.note}>{ui.noProblems}</Caption1>
            ) : (
              <>
                <FindingFilters t={t} ui={ui} severity={severity} onSeverityChange={setSeverity} query={query} onQueryChange={setQuery} />
                <FindingsList
                  key={runs.current}
                  t={t}
                  ui={ui}
                  groups={grouped.groups}
                  matched={grouped.matched}
                  listed={grouped.listed}
                  onSelectCell={select}
                  lang={lang}
                  onIgnore={onSaveIgnores ? ignore : undefined}
                  busy={busy}
                />
              </>
            )}
            <IgnoredList
              t={t}
              ui={ui}
              items={ignored}
              limit={MAX_LISTED_FINDINGS}
              busy={busy}
              onSelectCell={select}
              onRestore={onSaveIgnores ? restore : undefined}
            />
          </section>
          {report.recognition ? (
            <RecognitionSection ui={ui} lang={lang} recognition={report.recognition} profile={report.profile} onSelectCell={select} />
          ) : null}
          {report.shares.length ? (
            <div className={styles.section}>
              <Subtitle2 as="h2" id="bangfu-shares-heading" className={styles.heading}>
                {t.sharesHeading}
              </Subtitle2>
              <SharesTable t={t} ui={ui} lang={lang} shares={report.shares} profile={report.profile} compact={compact} />
            </div>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
