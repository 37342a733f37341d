/** @jest-environment jsdom */
/**
 * The ribbon commands against the strict simulator and the real host: 一键校验 activates the sheet it wrote even
 * when a user's own sheet is called 校验问题; 清除结果 deletes the product's sheets once the user says 删除.
 */
import { installSimulator } from '../sim/sim';
import { emptySheet, type SimModel } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

type Handler = (event: { completed: () => void }) => Promise<void>;

function setup(extra: SimModel['sheets'] = []) {
  const model: SimModel = {
    displayLanguage: 'zh-CN',
    names: [],
    sheets: [pairingSheet(), fundSheet({ years: [2023] })].map((s) => ({ ...emptySheet(s.name), cells: s.rows.map((r) => [...r]) })),
  };
  model.sheets.push(...extra);
  const sim = installSimulator(model);
  const office = (globalThis as unknown as { Office: { actions: unknown; context: { ui: unknown } } }).Office;
  const actions = new Map<string, Handler>();
  office.actions = { associate: (name: string, fn: Handler) => actions.set(name, fn) };
  let answer = (_m: string) => undefined as void;
  office.context.ui = {
    displayDialogAsync: (_url: string, _o: unknown, cb: (r: unknown) => void) => {
      const handlers = new Map<string, (a: unknown) => void>();
      cb({
        status: 'succeeded',
        value: { addEventHandler: (e: string, h: (a: unknown) => void) => handlers.set(e, h), close: () => undefined },
      });
      answer = (m) => handlers.get('dialogMessageReceived')?.({ message: m });
    },
  };
  Object.assign(office, {
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogEventReceived: 'dialogEventReceived', DialogMessageReceived: 'dialogMessageReceived' },
  });
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- registers the actions with the simulator's Office
    require('../../src/commands/commands');
  });
  return { sim, actions, answer: (m: string) => answer(m) };
}

it('一键校验 activates the 校验问题 it wrote, not the user’s own sheet of that name', async () => {
  const { sim, actions } = setup([{ ...emptySheet('校验问题'), cells: [['我的问题', 1]] }]);
  const completed = jest.fn();
  await actions.get('runCheck')!({ completed });
  expect(sim.model.sheets.map((s) => s.name)).toContain('校验问题（校验）');
  expect(sim.active).toBe('校验问题（校验）');
  expect(sim.sheet('校验问题')!.cells).toEqual([['我的问题', 1]]);
  expect(completed).toHaveBeenCalledTimes(1);
});

it('清除结果 deletes the product’s sheets after 删除, and keeps the user’s', async () => {
  const { sim, actions, answer } = setup([{ ...emptySheet('校验问题'), cells: [['我的问题', 1]] }]);
  await actions.get('runCheck')!({ completed: () => undefined });
  const completed = jest.fn();
  const done = actions.get('clearResults')!({ completed });
  await new Promise((r) => setTimeout(r, 20));
  answer('yes');
  await done;
  expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '校验问题']);
  expect(sim.sheet('校验问题')!.cells).toEqual([['我的问题', 1]]);
  expect(completed).toHaveBeenCalledTimes(1);
});
