/**
 * The task pane's entry: waits for Office, picks the language from Office's display language (zh-CN unless it
 * is English), and renders the pane.
 */
import { createRoot } from 'react-dom/client';
import { pickLang } from '../core';
import { App } from './App';

function start(displayLanguage: string | undefined) {
  const lang = pickLang(displayLanguage);
  document.documentElement.lang = lang;
  createRoot(document.getElementById('container')!).render(<App lang={lang} />);
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => start(Office.context?.displayLanguage));
} else {
  // Opened outside Office (a plain browser tab): the pane still renders and says what is wrong when used.
  start(undefined);
}
