/** @jest-environment jsdom */
/**
 * The ribbon's 校验 command (ExecuteFunction): it is registered as `runCheck` once Office is ready, runs the
 * host's check, brings 校验问题 to the front, and always calls `event.completed()` once — after a failure, when
 * the user has closed the notice that says what went wrong.
 */
const runCheck = jest.fn();
const selectCell = jest.fn();
jest.mock(
  '../../src/hosts/excel',
  () => ({ runCheck: (...a: unknown[]) => runCheck(...a), selectCell: (...a: unknown[]) => selectCell(...a) }),
  { virtual: true },
);

type Handler = (event: { completed: () => void }) => Promise<void>;
const associated = new Map<string, Handler>();
let dialogUrl = '';
let closeDialog: (() => void) | null = null;

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
              cb({ status: 'succeeded', value: { addEventHandler: (_e: string, h: () => void) => (closeDialog = h) } });
            },
          }
        : {},
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogEventReceived: 'dialogEventReceived' },
  };
}

function load() {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy per test, after Office is set up
    require('../../src/commands/commands');
  });
  return associated.get('runCheck')!;
}

beforeEach(() => {
  associated.clear();
  runCheck.mockReset();
  selectCell.mockReset();
  dialogUrl = '';
  closeDialog = null;
});

it('registers runCheck, checks, shows 校验问题 and completes once', async () => {
  installOffice(true);
  const handler = load();
  expect(handler).toBeInstanceOf(Function);
  runCheck.mockResolvedValue({ findings: [], shares: [] });
  const completed = jest.fn();
  await handler({ completed });
  expect(runCheck).toHaveBeenCalledWith(expect.objectContaining({ lang: 'zh-CN' }));
  expect(selectCell).toHaveBeenCalledWith('校验问题', 'A1');
  expect(completed).toHaveBeenCalledTimes(1);
  expect(dialogUrl).toBe('');
});

it('completes even when 校验问题 cannot be brought to the front', async () => {
  installOffice(true);
  const handler = load();
  runCheck.mockResolvedValue({ findings: [], shares: [] });
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
