/** @jest-environment jsdom */
/**
 * The ribbon's 校验 command (ExecuteFunction): it is registered as `runCheck` once Office is ready, runs the
 * host's check, brings 校验问题 to the front, and always calls `event.completed()` once — after a failure, when
 * the user has closed the notice that says what went wrong.
 */
const runCheck = jest.fn();
const selectCell = jest.fn();
const listResults = jest.fn();
const clearResults = jest.fn();
jest.mock('../../src/hosts/excel', () => ({
  runCheck: (...a: unknown[]) => runCheck(...a),
  selectCell: (...a: unknown[]) => selectCell(...a),
  listResults: (...a: unknown[]) => listResults(...a),
  clearResults: (...a: unknown[]) => clearResults(...a),
}));

// Loading commands.ts compiles the engine's modules on first use: under a loaded machine that can pass jest's 5 s.
jest.setTimeout(60_000);

type Handler = (event: { completed: () => void }) => Promise<void>;
const associated = new Map<string, Handler>();
let dialogUrl = '';
let closeDialog: (() => void) | null = null;
let answerDialog: ((arg: { message: string }) => void) | null = null;

function installOffice(withDialogs: boolean) {
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (cb: () => void) => cb(),
    actions: { associate: (name: string, fn: Handler) => associated.set(name, fn) },
    context: {
      displayLanguage: 'zh-CN',
      ui: withDialogs
        ? {
            displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
              dialogUrl = url;
              const addEventHandler = (e: string, h: (arg?: unknown) => void) =>
                e === 'dialogMessageReceived' ? (answerDialog = h) : (closeDialog = h as () => void);
              cb({ status: 'succeeded', value: { addEventHandler, close: () => undefined } });
            },
          }
        : {},
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogEventReceived: 'dialogEventReceived', DialogMessageReceived: 'dialogMessageReceived' },
  };
}

function load(action = 'runCheck') {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy per test, after Office is set up
    require('../../src/commands/commands');
  });
  return associated.get(action)!;
}

beforeEach(() => {
  associated.clear();
  runCheck.mockReset();
  selectCell.mockReset();
  listResults.mockReset();
  clearResults.mockReset();
  dialogUrl = '';
  closeDialog = null;
  answerDialog = null;
});

it('registers runCheck, checks, activates the sheet it wrote (not a user’s own 校验问题) and completes once', async () => {
  installOffice(true);
  const handler = load();
  expect(handler).toBeInstanceOf(Function);
  runCheck.mockResolvedValue({ findings: [], shares: [], written: { results: '测算结果', issues: '校验问题（校验）' } });
  const completed = jest.fn();
  await handler({ completed });
  expect(runCheck).toHaveBeenCalledWith(expect.objectContaining({ lang: 'zh-CN' }));
  expect(selectCell).toHaveBeenCalledWith('校验问题（校验）', 'A1');
  expect(completed).toHaveBeenCalledTimes(1);
  expect(dialogUrl).toBe('');
});

it('completes even when 校验问题 cannot be brought to the front', async () => {
  installOffice(true);
  const handler = load();
  runCheck.mockResolvedValue({ findings: [], shares: [], written: {} });
  selectCell.mockRejectedValue(new Error('gone'));
  const completed = jest.fn();
  await handler({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});

it('after a failure, says why in a notice and completes when it is closed', async () => {
  installOffice(true);
  const handler = load();
  runCheck.mockRejectedValue(Object.assign(new Error('x'), { userMessage: () => '请先退出单元格编辑状态。' }));
  const completed = jest.fn();
  await handler({ completed });
  expect(decodeURIComponent(new URL(dialogUrl).searchParams.get('notice') ?? '')).toBe('帮扶资金校验未能完成：请先退出单元格编辑状态。');
  expect(completed).not.toHaveBeenCalled();
  closeDialog!();
  expect(completed).toHaveBeenCalledTimes(1);
});

it('completes at once after a failure where dialogs are not available', async () => {
  installOffice(false);
  const handler = load();
  runCheck.mockRejectedValue(new Error('boom'));
  const completed = jest.fn();
  await handler({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});

it('shows the notice it was opened with, as a dialog page', () => {
  installOffice(true);
  document.body.innerHTML = '<main id="notice"></main>';
  window.history.replaceState(null, '', `/commands.html?notice=${encodeURIComponent('帮扶资金校验未能完成：工作表受保护。')}`);
  load();
  expect(document.getElementById('notice')!.textContent).toBe('帮扶资金校验未能完成：工作表受保护。');
  expect(associated.size).toBe(0);
  window.history.replaceState(null, '', '/');
});

describe('清除结果 from the ribbon menu', () => {
  const found = { sheets: ['测算结果', '校验问题'], kept: [] };
  /** Waits until the command has opened its dialog (it first asks the host what it would delete). */
  const flush = async () => {
    for (let i = 0; i < 2000 && !dialogUrl; i++) await new Promise((r) => setTimeout(r, 5));
  };

  it('asks with the sheets it would delete, deletes on 删除, and completes once', async () => {
    installOffice(true);
    const handler = load('clearResults');
    listResults.mockResolvedValue(found);
    clearResults.mockResolvedValue(found);
    const completed = jest.fn();
    const done = handler({ completed });
    await flush();
    const url = new URL(dialogUrl);
    expect(url.searchParams.get('confirm')).toContain('测算结果、校验问题');
    expect(url.searchParams.get('yes')).toBe('删除');
    expect(clearResults).not.toHaveBeenCalled();
    answerDialog!({ message: 'yes' });
    await done;
    expect(clearResults).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('deletes nothing on 取消, or when the dialog is closed, or where dialogs are not available', async () => {
    for (const answer of ['no', 'closed', 'no-dialogs']) {
      installOffice(answer !== 'no-dialogs');
      const handler = load('clearResults');
      listResults.mockResolvedValue(found);
      const completed = jest.fn();
      const done = handler({ completed });
      if (answer !== 'no-dialogs') await flush();
      if (answer === 'no') answerDialog!({ message: 'no' });
      if (answer === 'closed') closeDialog!();
      await done;
      expect(clearResults).not.toHaveBeenCalled();
      expect(completed).toHaveBeenCalledTimes(1);
    }
  });

  it('says so when there is nothing to clear', async () => {
    installOffice(true);
    const handler = load('clearResults');
    listResults.mockResolvedValue({ sheets: [], kept: [] });
    const completed = jest.fn();
    await handler({ completed });
    expect(new URL(dialogUrl).searchParams.get('notice')).toBe('没有本加载项写入的结果表，无需清除。');
    closeDialog!();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(clearResults).not.toHaveBeenCalled();
  });
});

it('shows the question and answers with messageParent when opened as the confirmation dialog', () => {
  installOffice(true);
  const sent: string[] = [];
  (globalThis as unknown as { Office: { context: { ui: unknown } } }).Office.context.ui = { messageParent: (m: string) => sent.push(m) };
  document.body.innerHTML = '<main id="notice"></main>';
  window.history.replaceState(null, '', `/commands.html?${new URLSearchParams({ confirm: '确定删除吗？', yes: '删除', no: '取消' })}`);
  load();
  const buttons = [...document.querySelectorAll('button')];
  expect(buttons.map((b) => b.textContent)).toEqual(['删除', '取消']);
  buttons[1].click();
  buttons[0].click();
  expect(sent).toEqual(['no', 'yes']);
  window.history.replaceState(null, '', '/');
});
