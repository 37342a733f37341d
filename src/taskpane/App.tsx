/**
 * Wires the pane to the Excel host (src/hosts/excel, the only code that touches Office.js). The components get
 * these calls as props, so they render in tests without Office.
 */
import { useCallback } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckReport, Lang } from '../core';
import * as host from '../hosts/excel';
import type { CheckStep } from './components/CheckProgress';
import { TaskPane } from './components/TaskPane';

export interface AppProps {
  lang: Lang;
}

/** The host's insertTemplate, when this build of the host has it. */
const insertTemplate = (host as { insertTemplate?: (options: { lang: Lang }) => Promise<unknown> }).insertTemplate;

export function App({ lang }: AppProps) {
  const onCheck = useCallback((onProgress: (step: CheckStep) => void): Promise<CheckReport> => host.runCheck({ lang, onProgress }), [lang]);
  const onSelectCell = useCallback((sheet: string, cell: string) => host.selectCell(sheet, cell), []);
  const onInsertTemplate = useCallback(async () => {
    await insertTemplate!({ lang });
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <TaskPane lang={lang} onCheck={onCheck} onSelectCell={onSelectCell} onInsertTemplate={insertTemplate ? onInsertTemplate : undefined} />
    </FluentProvider>
  );
}
