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
import { ui, type Lang } from '../core';
import { DropZone } from './components/DropZone';
import { FileCard } from './components/FileCard';
import { FindingsTable } from './components/FindingsTable';
import { SharesView } from './components/SharesView';
import { findingsCsv } from './csv';
import { resultName, saveAs, XLSX_TYPE } from './download';
import { spawnWorker } from './spawn-worker';
import type { FileEntry } from './state';
import type { CheckRequest, TemplateRequest, WorkerMessage } from './worker-protocol';

const LANG_KEY = 'bangfu.lang';

const useStyles = makeStyles({
  page: {
    maxWidth: '1200px',
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
  /** Ids of template requests still waiting for the worker (their answers are not files). */
  const templates = useRef(new Set<number>());
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
        if (templates.current.delete(m.id)) {
          setTemplateBusy(false);
          if (m.type === 'template') saveAs(m.workbook, ui('zh-CN').templateFile, XLSX_TYPE);
          else if (m.type === 'failed') setTemplateError(m.message);
          return;
        }
        if (m.type === 'template') return;
        setFiles((list) =>
          list.map((f) => {
            if (f.id !== m.id) return f;
            if (m.type === 'progress') return { ...f, step: m.step };
            if (m.type === 'failed') return { ...f, error: m.message };
            return {
              ...f,
              result: m.result,
              profileName: m.profileName,
              profileSource: m.profileSource,
              workbook: m.workbook,
              mode: m.mode,
              reason: m.reason,
              names: m.names,
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
        setFiles((list) => [...list, { id, name: file.name, step: 'reading' }]);
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
    templates.current.add(id);
    setTemplateBusy(true);
    setTemplateError('');
    const req: TemplateRequest = { type: 'template', id, lang };
    getWorker().postMessage(req);
  }, [getWorker, lang]);

  const results = useMemo(() => files.flatMap((f) => (f.result ? [f.result] : [])), [files]);
  const shares = useMemo(() => results.flatMap((r) => r.shares), [results]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title2 as="h1">{t.pageTitle}</Title2>
          <div className={styles.tools}>
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
        <Text>{t.pageIntro}</Text>
        <DropZone t={t} onFiles={onFiles} />
        {files.length ? (
          <div className={styles.files}>
            {files.map((f) => (
              <FileCard
                key={f.id}
                t={t}
                entry={f}
                onDownload={(e) => e.workbook && saveAs(e.workbook, resultName(e.name), XLSX_TYPE)}
                onDownloadCsv={(e) =>
                  e.result &&
                  saveAs(findingsCsv([e.result], lang), `${e.name.replace(/\.(xlsx|xlsm)$/i, '')}.校验问题.csv`, 'text/csv;charset=utf-8')
                }
                onRemove={(e) => setFiles((list) => list.filter((x) => x.id !== e.id))}
              />
            ))}
          </div>
        ) : null}
        {results.length ? (
          <>
            <Title3 as="h2">{t.findingsHeading}</Title3>
            <FindingsTable t={t} results={results} />
          </>
        ) : null}
        {shares.length ? (
          <>
            <Title3 as="h2">{t.sharesHeading}</Title3>
            <SharesView t={t} lang={lang} shares={shares} />
          </>
        ) : null}
        <footer className={styles.footer}>
          <Text size={200}>{t.pagePrivacy}</Text>
        </footer>
      </main>
    </FluentProvider>
  );
}
