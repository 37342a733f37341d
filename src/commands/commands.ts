/**
 * The ribbon command "校验" without the task pane (manifest action ExecuteFunction, function `runCheck`).
 *
 * It runs the host's check, which writes 测算结果 and 校验问题, then tells the user what happened. Excel has no
 * notification API for add-in commands (notificationMessages is Outlook's), so:
 *  - on success the 校验问题 sheet, whose second row is the summary (错误 / 警告 / 提示 counts), is brought to the
 *    front: the sheet itself is the notice;
 *  - on failure nothing could be written, so the sentence is shown in a small dialog (DialogApi 1.1): this same
 *    page opened with `?notice=`.
 * `event.completed()` is always called, exactly once, whatever fails (STYLE.md "Errors at host boundaries").
 */
import { pickLang, ui, type Lang } from '../core';
import * as host from '../hosts/excel';
import { toPaneError } from '../taskpane/errors';
import { paneStrings } from '../taskpane/strings';

const NOTICE_PARAM = 'notice';

/** Calls `event.completed()` once, even if asked again or if it throws (a closed runtime). */
function completer(event: Office.AddinCommands.Event): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      event.completed();
    } catch {
      // Nothing more can be done: the command is over either way.
    }
  };
}

/** Opens this page as a small dialog showing `text`; calls `then` once the dialog is shown, closed or refused. */
function showNotice(text: string, then: () => void): void {
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if (!ui?.displayDialogAsync) {
    then();
    return;
  }
  const url = new URL(window.location.href);
  url.search = `?${NOTICE_PARAM}=${encodeURIComponent(text)}`;
  try {
    ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return then();
      // Keep the command (and so this runtime, which owns the dialog) alive until the user closes the notice.
      result.value.addEventHandler(Office.EventType.DialogEventReceived, () => then());
    });
  } catch {
    then();
  }
}

/** The `runCheck` ribbon action. */
export async function runCheckCommand(
  event: Office.AddinCommands.Event,
  lang: Lang = pickLang(Office.context?.displayLanguage),
): Promise<void> {
  const complete = completer(event);
  try {
    await host.runCheck({ lang });
    try {
      await host.selectCell(ui(lang).issuesSheet, 'A1');
    } catch {
      // The sheets are written; failing to bring 校验问题 to the front is not worth an error.
    }
    complete();
  } catch (e) {
    const err = toPaneError(e, lang);
    showNotice(paneStrings(lang).commandFailed(err.message), complete);
  }
}

/** When this page is the notice dialog, show the text it was opened with. */
function renderNotice(): boolean {
  const text = new URLSearchParams(window.location.search).get(NOTICE_PARAM);
  if (text === null) return false;
  const el = document.getElementById('notice');
  if (el) el.textContent = text;
  return true;
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (renderNotice()) return;
    Office.actions.associate('runCheck', runCheckCommand);
  });
}
