/**
 * Every Office.js error the host can meet becomes a plain sentence with a fix (zh-CN and en-US), raised by the
 * strict simulator — by the situation itself where the simulator has it (a deleted sheet, cell editing, a
 * protected workbook, a response too large), else by making the next sync fail with the code.
 */
import { HostError, runCheck, selectCell, type HostErrorKey } from '../../src/hosts/excel';
import { installSimulator, type Simulator } from '../sim/sim';
import { modelOf } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

const workbook = () => installSimulator(modelOf([pairingSheet(), fundSheet({ years: [2023] })]));
const names = (sim: Simulator) => sim.model.sheets.map((s) => s.name);

async function failure(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

const cases: [code: string, key: HostErrorKey, raise: (sim: Simulator) => Promise<unknown>][] = [
  [
    'ItemNotFound',
    'itemNotFound',
    async (sim) => {
      sim.model.sheets.splice(1, 1); // the user deleted 资金筹集 after the check
      return selectCell('资金筹集', 'E6');
    },
  ],
  [
    'InvalidOperationInCellEditMode',
    'cellEditing',
    (sim) => {
      sim.excelApi = '1.10'; // no delayForCellEdit: the batch fails
      sim.editingMode = true;
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'AccessDenied',
    'protected',
    (sim) => {
      sim.workbookProtected = true;
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'InvalidOperation (protected)',
    'protected',
    (sim) => {
      sim.failNextSync = { code: 'InvalidOperation', message: 'The sheet is protected.' };
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'ApiNotFound',
    'apiNotFound',
    (sim) => {
      sim.failNextSync = { code: 'ApiNotFound' };
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'ResponsePayloadSizeLimitExceeded',
    'responseTooLarge',
    (sim) => {
      sim.model.sheets[1].cells[3][12] = '很长的说明'.repeat(2000); // one row larger than a response may be
      sim.payloadLimit = 20_000;
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'RequestPayloadSizeLimitExceeded',
    'requestTooLarge',
    (sim) => {
      sim.failNextSync = { code: 'RequestPayloadSizeLimitExceeded' };
      return runCheck({ lang: 'zh-CN' });
    },
  ],
  [
    'GeneralException',
    'general',
    (sim) => {
      sim.failNextSync = { code: 'GeneralException' };
      return runCheck({ lang: 'zh-CN' });
    },
  ],
];

describe.each(cases)('Office.js error %s', (code, key, raise) => {
  it(`is told as “${key}”, a sentence with a fix in both languages, and nothing is written`, async () => {
    const sim = workbook();
    const before = names(sim);
    const e = await failure(raise(sim));
    expect(e.key).toBe(key);
    expect(String((e.innerError as { code?: string }).code)).toBe(code.split(' ')[0]);
    for (const lang of ['zh-CN', 'en-US'] as const) {
      expect(e.userMessage(lang).length).toBeGreaterThan(10);
      expect(e.userMessage(lang)).not.toMatch(/县财政局|county/i);
    }
    expect(names(sim).filter((n) => !before.includes(n))).toEqual([]);
  });
});

describe('the messages', () => {
  it('differ for every key, so each situation gets its own fix', async () => {
    const seen = new Map<string, string>();
    for (const [, key] of cases) seen.set(key, new HostError(key).userMessage('zh-CN'));
    expect(new Set(seen.values()).size).toBe(seen.size);
  });
});

describe('cell editing where Excel can wait (ExcelApi 1.11)', () => {
  it('waits until the user leaves the cell, then checks and writes the result sheets', async () => {
    const sim = workbook();
    sim.editingMode = true;
    let done = false;
    const check = runCheck({ lang: 'zh-CN' }).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(names(sim)).toEqual(['结对安排表', '资金筹集']);
    sim.endCellEdit();
    const r = await check;
    expect(r.written).toEqual({ results: '测算结果', issues: '校验问题' });
    expect(names(sim)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
  });
});
