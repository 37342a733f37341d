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
 *
 * The ribbon menu's 清除结果 (function `clearResults`) lists the product's own sheets, asks in the same small
 * dialog (buttons 删除 / 取消, answered with messageParent), and deletes them only on 删除; where dialogs are not
 * available nothing is deleted.
 */
import { pickLang, ui, type Lang } from '../core';
import * as host from '../hosts/excel';
import { toPaneError } from '../taskpane/errors';
import { paneStrings } from '../taskpane/strings';

const NOTICE_PARAM = 'notice';
const CONFIRM_PARAM = 'confirm';
const YES = 'yes';

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

/**
 * Asks `text` in a dialog with `yes` / `no` buttons (this page with `?confirm=`); resolves true only when the
 * user clicks `yes`. Without dialogs it resolves false: nothing is done without the user's yes.
 */
function askInDialog(text: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
    if (!ui?.displayDialogAsync) return resolve(false);
    const url = new URL(window.location.href);
    url.search = `?${new URLSearchParams({ [CONFIRM_PARAM]: text, yes, no })}`;
    try {
      ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve(false);
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          const answer = (arg as { message?: string }).message === YES;
          try {
            dialog.close();
          } catch {
            // Already closed.
          }
          resolve(answer);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(false));
      });
    } catch {
      resolve(false);
    }
  });
}

/** The `runCheck` ribbon action. */
export async function runCheckCommand(
  event: Office.AddinCommands.Event,
  lang: Lang = pickLang(Office.context?.displayLanguage),
): Promise<void> {
  const complete = completer(event);
  try {
    const run = await host.runCheck({ lang });
    try {
      // The sheet it wrote: 校验问题, or 校验问题（校验） when a user's own sheet has the name.
      await host.selectCell(run.written.issues ?? ui(lang).issuesSheet, 'A1');
    } catch {
      // The sheets are written; failing to bring 校验问题 to the front is not worth an error.
    }
    complete();
  } catch (e) {
    const err = toPaneError(e, lang);
    showNotice(paneStrings(lang).commandFailed(err.message), complete);
  }
}

/** The ribbon menu's `clearResults` action: lists, asks, deletes on yes, and says what happened. */
export async function clearResultsCommand(
  event: Office.AddinCommands.Event,
  lang: Lang = pickLang(Office.context?.displayLanguage),
): Promise<void> {
  const complete = completer(event);
  const t = ui(lang).addin;
  const join = (names: string[]) => names.join(lang === 'en-US' ? ', ' : '、');
  try {
    const found = await host.listResults();
    if (!found.sheets.length) return showNotice(t.nothingToClear, complete);
    if (!(await askInDialog(t.clearConfirm(join(found.sheets)), t.clearConfirmYes, t.clearCancel))) return complete();
    const done = await host.clearResults();
    if (done.kept.length) return showNotice(`${t.cleared(join(done.sheets))} ${t.clearKept(join(done.kept))}`, complete);
    complete();
  } catch (e) {
    showNotice(paneStrings(lang).commandFailed(toPaneError(e, lang).message), complete);
  }
}

/** When this page is a dialog, show the notice, or the question and its two buttons. */
function renderNotice(): boolean {
  const params = new URLSearchParams(window.location.search);
  const text = params.get(NOTICE_PARAM) ?? params.get(CONFIRM_PARAM);
  if (text === null) return false;
  const el = document.getElementById('notice');
  if (el) el.textContent = text;
  if (params.has(CONFIRM_PARAM) && el) {
    const row = document.createElement('p');
    for (const [label, answer] of [
      [params.get('yes') ?? YES, YES],
      [params.get('no') ?? 'no', 'no'],
    ]) {
      const button = document.createElement('button');
      button.textContent = label;
      button.dataset.answer = answer;
      button.style.marginRight = '8px';
      button.addEventListener('click', () => Office.context.ui.messageParent(answer));
      row.appendChild(button);
    }
    el.appendChild(row);
  }
  return true;
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (renderNotice()) return;
    Office.actions.associate('runCheck', runCheckCommand);
    Office.actions.associate('clearResults', clearResultsCommand);
  });
}
