/**
 * Wires the pane to the Excel host (src/hosts/excel, the only code that touches Office.js). The components get
 * these calls as props, so they render in tests without Office.
 */
import { useCallback } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckReport, Lang } from '../core';
import * as host from '../hosts/excel';
import type { CheckStep } from './components/CheckProgress';
import { TaskPane, type InsertResult } from './components/TaskPane';

export interface AppProps {
  lang: Lang;
}

/** The host's insertTemplate and insertParams, when this build of the host has them. */
const insertTemplate = (host as { insertTemplate?: (options: { lang: Lang }) => Promise<InsertResult> }).insertTemplate;
const insertParams = (host as { insertParams?: (options: { lang: Lang }) => Promise<InsertResult> }).insertParams;

const STEPS: readonly string[] = ['reading', 'checking', 'writing', 'done'] satisfies CheckStep[];

export function App({ lang }: AppProps) {
  const onCheck = useCallback(
    (onProgress: (step: CheckStep) => void): Promise<CheckReport> =>
      // Only the steps the pane knows are shown; any finer step the host reports is ignored.
      host.runCheck({
        lang,
        onProgress: (step: unknown) => (typeof step === 'string' && STEPS.includes(step) ? onProgress(step as CheckStep) : undefined),
      }),
    [lang],
  );
  const onSelectCell = useCallback((sheet: string, cell: string) => host.selectCell(sheet, cell), []);
  const onInsertTemplate = useCallback(() => insertTemplate!({ lang }), [lang]);
  const onInsertParams = useCallback(() => insertParams!({ lang }), [lang]);
  const onSaveIgnores = useCallback((report: CheckReport) => host.saveIgnores({ report, lang, maxRows: host.MAX_ISSUE_ROWS }), [lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <TaskPane
        lang={lang}
        onCheck={onCheck}
        onSelectCell={onSelectCell}
        onInsertTemplate={insertTemplate ? onInsertTemplate : undefined}
        onInsertParams={insertParams ? onInsertParams : undefined}
        onWatch={host.watchWorkbook}
        onListResults={host.listResults}
        onClearResults={host.clearResults}
        onSaveIgnores={onSaveIgnores}
      />
    </FluentProvider>
  );
}
