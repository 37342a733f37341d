import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  Title3,
  Tooltip,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, LocalLanguage20Regular } from '@fluentui/react-icons';
import { checkRound, DEFAULT_PROFILE, ui, type Lang } from '../core';
import { DropZone } from './components/DropZone';
import { FileCard } from './components/FileCard';
import { FindingsTable } from './components/FindingsTable';
import { IgnoredTable } from './components/IgnoredTable';
import { useIgnores } from './use-ignores';
import { BadFileCard } from './components/BadFileCard';
import { FileShares } from './components/FileShares';
import { PageStyles } from './components/PageStyles';
import { PrintReport } from './components/PrintReport';
import { RoundPanel } from './components/RoundPanel';
import { HelpLink } from '../taskpane/components/HelpLink';
import { findingsCsv } from './csv';
import { csvName, resultName, saveAs, XLSX_TYPE } from './download';
import { useRoundDownloads } from './use-round';
import { useRelang } from './use-relang';
import { addEntries, resultIn } from './round';
import { spawnWorker } from './spawn-worker';
import type { FileEntry } from './state';
import type { CheckRequest, TemplateRequest, WorkerMessage } from './worker-protocol';

const LANG_KEY = 'bangfu.lang';

const useStyles = makeStyles({
  page: {
    // Wide screens are used: tables and charts of many files side by side need the room (issue 12).
    maxWidth: '2400px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  files: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: tokens.spacingHorizontalM },
  footer: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  /** Makes the engine's worker (tests pass their own). */
  createWorker?: () => Worker;
}

export function App({ createWorker }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en-US' ? 'en-US' : 'zh-CN'));
  const t = ui(lang);
  const [files, setFiles] = useState<FileEntry[]>([]);
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  /** Template requests still waiting for the worker (their answers are not files), with the language asked in. */
  const templates = useRef(new Map<number, Lang>());
  /** Summary requests still waiting for the worker. */
  const summaries = useRef(new Map<number, { resolve: (b: ArrayBuffer) => void; reject: (e: Error) => void }>());
  const [templateBusy, setTemplateBusy] = useState(false);
  const [templateError, setTemplateError] = useState('');

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.pageTitle;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang, t]);

  const getWorker = useCallback(() => {
    if (!worker.current) {
      worker.current = createWorker ? createWorker() : spawnWorker();
      worker.current.onmessage = (ev: MessageEvent<WorkerMessage>) => {
        const m = ev.data;
        const asked = templates.current.get(m.id);
        if (asked) {
          templates.current.delete(m.id);
          setTemplateBusy(false);
          if (m.type === 'template') saveAs(m.workbook, ui(asked).templateFile, XLSX_TYPE);
          else if (m.type === 'failed') setTemplateError(m.message);
          return;
        }
        const waiting = summaries.current.get(m.id);
        if (waiting) {
          summaries.current.delete(m.id);
          if (m.type === 'summary') waiting.resolve(m.workbook);
          else if (m.type === 'failed') waiting.reject(new Error(m.message));
          return;
        }
        if (m.type === 'template' || m.type === 'summary') return;
        if (m.type === 'relang') {
          setFiles((list) => list.map((f) => (f.id === m.id ? { ...f, workbook: m.workbook, workbookLang: m.lang } : f)));
          return;
        }
        setFiles((list) =>
          list.map((f) => {
            if (f.id !== m.id) return f;
            if (m.type === 'progress') return { ...f, step: m.step };
            if (m.type === 'failed') return { ...f, error: m.message, rechecking: false };
            return {
              ...f,
              result: m.result,
              results: m.results,
              unreadable: m.unreadable,
              profileName: m.profileName,
              profileSource: m.profileSource,
              workbook: m.workbook,
              workbookLang: m.lang,
              mode: m.mode,
              reason: m.reason,
              names: m.names,
              rechecking: false,
            };
          }),
        );
      };
    }
    return worker.current;
  }, [createWorker]);

  useEffect(() => () => worker.current?.terminate(), []);

  const onFiles = useCallback(
    async (chosen: File[]) => {
      for (const file of chosen) {
        const id = nextId.current++;
        // The same file chosen again replaces the first (its findings are never counted twice).
        setFiles((list) => addEntries(list, [{ id, name: file.name, size: file.size, step: 'reading', file }]));
        const bytes = await file.arrayBuffer();
        const req: CheckRequest = { type: 'check', id, name: file.name, bytes, lang };
        getWorker().postMessage(req, [bytes]);
      }
    },
    [getWorker, lang],
  );

  /** 下载空白模板: the worker builds the workbook on this computer; nothing is sent anywhere. */
  const onTemplate = useCallback(() => {
    const id = nextId.current++;
    templates.current.set(id, lang);
    setTemplateBusy(true);
    setTemplateError('');
    const req: TemplateRequest = { type: 'template', id, lang };
    getWorker().postMessage(req);
  }, [getWorker, lang]);

  // The result workbooks follow the page's language (issue 12): each one in another language is rendered again.
  useRelang(files, lang, setFiles, getWorker);

  const results = useMemo(() => files.flatMap((f) => resultIn(f, lang) ?? []), [files, lang]);
  const roundFiles = useMemo(
    () =>
      files.flatMap((f) => {
        const r = resultIn(f, lang);
        return r ? [{ result: r, unreadable: !!f.unreadable }] : [];
      }),
    [files, lang],
  );
  const round = useMemo(() => checkRound(roundFiles, DEFAULT_PROFILE), [roundFiles]);
  const downloads = useRoundDownloads({ getWorker, summaries, nextId, files, roundFiles, lang });
  const ignores = useIgnores({ files, setFiles, getWorker, lang });

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <PageStyles />
      <main className={styles.page}>
        <header className={`${styles.header} bf-noprint`}>
          <Title2 as="h1">{t.pageTitle}</Title2>
          <div className={styles.tools}>
            <HelpLink ui={t} lang={lang} />
            <Tooltip content={t.downloadTemplateHint} relationship="description">
              <Button icon={<ArrowDownload20Regular />} disabled={templateBusy} onClick={onTemplate} data-testid="download-template">
                {t.downloadTemplate}
              </Button>
            </Tooltip>
            <Button
              icon={<LocalLanguage20Regular />}
              onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
              lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}
            >
              {t.language}
            </Button>
          </div>
        </header>
        {templateError ? (
          <MessageBar intent="error">
            <MessageBarBody>{t.workerFailed(templateError)}</MessageBarBody>
          </MessageBar>
        ) : null}
        <p className="bf-noprint" style={{ margin: 0 }}>
          <Text>{t.pageIntro}</Text>
        </p>
        <div className="bf-noprint">
          <DropZone t={t} onFiles={onFiles} />
        </div>
        {files.length ? (
          <div className={`${styles.files} bf-noprint`}>
            {files.map((f) => {
              const remove = () => setFiles((list) => list.filter((x) => x.id !== f.id));
              const r = resultIn(f, lang);
              if (f.error || (f.unreadable && r))
                return (
                  <BadFileCard
                    key={f.id}
                    t={t}
                    name={f.name}
                    message={f.error ? t.workerFailed(f.error) : (r?.findings[0]?.message ?? '')}
                    onRemove={remove}
                  />
                );
              return (
                <FileCard
                  key={f.id}
                  t={t}
                  entry={r ? { ...f, result: r } : f}
                  onDownload={(e) => e.workbook && saveAs(e.workbook, resultName(e.name, lang), XLSX_TYPE)}
                  onDownloadCsv={(e) => r && saveAs(findingsCsv([r], lang), csvName(e.name, lang), 'text/csv;charset=utf-8')}
                  onRemove={remove}
                />
              );
            })}
          </div>
        ) : null}
        {results.length ? (
          <RoundPanel
            lang={lang}
            files={results.length}
            readable={roundFiles.filter((f) => !f.unreadable).length}
            round={round}
            profile={DEFAULT_PROFILE}
            busy={downloads.busy}
            onSummary={downloads.onSummary}
            onAll={downloads.onAll}
            onPrint={() => window.print()}
          />
        ) : null}
        {downloads.error ? (
          <div className="bf-noprint">
            <MessageBar intent="error">
              <MessageBarBody>{t.workerFailed(downloads.error)}</MessageBarBody>
            </MessageBar>
          </div>
        ) : null}
        {results.length ? (
          <div className="bf-noprint">
            <Title3 as="h2">{t.findingsHeading}</Title3>
            <FindingsTable t={t} results={results} lang={lang} onIgnore={ignores.onIgnore} busy={ignores.busy} />
            <IgnoredTable t={t} results={results} busy={ignores.busy} onRestore={ignores.onRestore} />
          </div>
        ) : null}
        {results.length ? <PrintReport lang={lang} results={results} round={round} profile={DEFAULT_PROFILE} /> : null}
        {results.some((r) => r.shares.length) ? (
          <>
            <Title3 as="h2">{t.sharesHeading}</Title3>
            {results.map((r, i) =>
              r.shares.length ? <FileShares key={`${r.file}-${i}`} lang={lang} file={r.file} shares={r.shares} /> : null,
            )}
          </>
        ) : null}
        <footer className={`${styles.footer} bf-noprint`}>
          <Text size={200}>{t.pagePrivacy}</Text>
        </footer>
      </main>
    </FluentProvider>
  );
}
