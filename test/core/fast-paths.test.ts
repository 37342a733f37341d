import fc from 'fast-check';
import { memoText, memoTextBy } from '../../src/core/recognise/text-memo';
import { viewSheet } from '../../src/core/recognise/view';
import { classifyRow } from '../../src/core/recognise/rows';
import { isAmountLike, readAmount } from '../../src/core/recognise/amount';
import { diagnoseRow, diagnoseRowFresh } from '../../src/core/checks/diagnose';
import { DEFAULT_PROFILE, checkWorkbook, formatFinding, splitShares, type AmountKey } from '../../src/core';
import type { CellValue } from '../../src/core';

describe('remembered text rules (issue 14)', () => {
  it('answer what the rule answers, for any sequence of strings, also past the cache bound', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('合计', ' 龙窝镇 ', '', 'toString', '__proto__')), { maxLength: 300 }),
        (texts) => {
          let calls = 0;
          const rule = (s: string) => {
            calls++;
            return s.length % 3 === 0 ? undefined : `${s.trim()}|${s.length}`;
          };
          const remembered = memoText(rule);
          for (const t of texts) expect(remembered(t)).toBe(rule(t));
          expect(calls).toBeLessThanOrEqual(2 * texts.length);
        },
      ),
    );
    let calls = 0;
    const upper = memoText((s: string) => (calls++, s.toUpperCase()));
    for (let i = 0; i < 120_000; i++) expect(upper(`t${i % 60_000}`)).toBe(`T${i % 60_000}`);
    expect(calls).toBeGreaterThanOrEqual(60_000);
    calls = 0;
    for (let i = 0; i < 1000; i++) upper('same');
    expect(calls).toBeLessThanOrEqual(1);
  });

  it('keep one answer per key object (two profiles never share an answer)', () => {
    const byKey = memoTextBy((s: string, key: { suffix: string }) => s + key.suffix);
    const a = { suffix: '镇' };
    const b = { suffix: '乡' };
    expect(byKey('龙窝', a)).toBe('龙窝镇');
    expect(byKey('龙窝', b)).toBe('龙窝乡');
    expect(byKey('龙窝', a)).toBe('龙窝镇');
  });
});

describe('a sheet view visiting cells', () => {
  it('visits the cells cellsOf lists, in order, on sparse and ragged rows', () => {
    const cell = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.constant({ error: '#N/A' }));
    const row = fc.oneof(
      fc.array(cell, { maxLength: 12 }),
      fc.dictionary(fc.integer({ min: 0, max: 16_383 }).map(String), cell, { maxKeys: 5 }).map((d) => {
        const r: CellValue[] = [];
        for (const [k, v] of Object.entries(d)) r[Number(k)] = v;
        return r;
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.option(row, { nil: undefined }), { maxLength: 300 }), (rows) => {
        const view = viewSheet({ name: 'S', rows: rows.map((r) => r ?? []) });
        for (let r = 1; r <= rows.length + 1; r++) {
          const seen: [number, unknown][] = [];
          view.eachCell(r, (col, value) => seen.push([col, value]));
          expect(seen).toEqual(view.cellsOf(r).map((c) => [c.col, c.value]));
        }
        const withCells = rows.map((r, i) => (r && r.some((v) => v !== null && v !== undefined) ? i + 1 : 0)).filter(Boolean);
        expect(view.rowNumbers()).toEqual(withCells);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a sheet view over sparse and dense sheets', () => {
  it('lists the rows and cells that exist, near or far, however many gaps lie between them', () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 2 }), fc.integer());
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.nat({ max: 300 }), fc.nat({ max: 1_048_575 })),
            fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 16_383 })),
            cell,
          ),
          {
            maxLength: 60,
          },
        ),
        fc.nat({ max: 6000 }),
        (cells, dense) => {
          // A dense block of rows (no gaps) followed by cells anywhere, even at XFD1048576.
          const rows: CellValue[][] = Array.from({ length: dense }, (_, i) => [i]);
          for (const [r, c, v] of cells) (rows[r] ??= [])[c] = v;
          const view = viewSheet({ name: 'S', rows });
          const want = Object.keys(rows)
            .map(Number)
            .filter((r) => rows[r].some((v) => v !== null && v !== undefined))
            .map((r) => r + 1);
          expect(view.rowNumbers()).toEqual(want);
          for (const r of want.slice(-5)) {
            const row = rows[r - 1];
            const listed = Object.keys(row)
              .map(Number)
              .filter((c) => row[c] !== null && row[c] !== undefined)
              .map((c) => [c + 1, row[c]]);
            expect(view.cellsOf(r).map((c) => [c.col, c.value])).toEqual(listed);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('telling data rows from totals and notes', () => {
  it('says the same of a row whether its town column is near the left (read directly) or far right (its cells listed)', () => {
    const text = fc.constantFrom(
      '合计',
      '小计',
      '2021年小计',
      '全县合计',
      '总计',
      '龙窝镇',
      '注：单位万元',
      '填表人：张三',
      '一',
      ' ',
      '',
      '序号',
    );
    const cell = fc.oneof(text, fc.integer(), fc.constant(null), fc.constant({ error: '#N/A' }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.nat({ max: 7 }), (cells, at) => {
        const townCol = (at % cells.length) + 1;
        const shift = 70;
        const far: CellValue[] = [];
        cells.forEach((v, i) => (far[i + shift] = v));
        const near = classifyRow(viewSheet({ name: 'S', rows: [cells] }), 1, townCol, DEFAULT_PROFILE, Infinity);
        const shifted = classifyRow(viewSheet({ name: 'S', rows: [far] }), 1, townCol + shift, DEFAULT_PROFILE, Infinity);
        expect(shifted).toEqual(near.kind === 'total' ? { ...near, col: near.col + shift } : near);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a row has amounts', () => {
  it('exactly when readAmount reads a cell as a number, a text number or a wrong value', () => {
    const raw = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('', ' ', '\u3000', '\n', '-', '—', '1,200', '20万元', '（以下空白）', '#N/A'),
      fc.string(),
      fc.constantFrom({ error: '#REF!' }, { error: '#UNCALCULATED' }),
    );
    fc.assert(
      fc.property(raw, fc.constantFrom('元', '万元', '亿元' as const), (v, unit) => {
        const kind = readAmount(v, unit).kind;
        expect(isAmountLike(v)).toBe(kind === 'number' || kind === 'text-number' || kind === 'not-number');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a remembered row diagnosis', () => {
  it('is the diagnosis worked out afresh, for rows seen once or many times, in any order', () => {
    const keys: AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
    const row = fc
      .record({
        pool: fc.constantFrom(2_000_000_000n, 1_500_000_000n, 123_456_789n, 0n, 10n ** 15n),
        wrong: fc.constantFrom(...keys),
        by: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        missing: fc.subarray(keys, { maxLength: 2 }),
        others: fc.constantFrom(0n, 50_000_000n),
        heyuanColumn: fc.boolean(),
      })
      .map(({ pool, wrong, by, missing, others, heyuanColumn }) => {
        const s = splitShares(pool, DEFAULT_PROFILE);
        const values: Partial<Record<AmountKey, bigint>> = {};
        for (const k of keys)
          if (!missing.includes(k) && (heyuanColumn || k !== 'heyuan')) values[k] = k === 'total' ? s.total + others : s[k];
        if (values[wrong] !== undefined) values[wrong] = values[wrong]! + by;
        return { values, others, heyuanColumn };
      });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(0n, 10_000n), (rows, tol) => {
        for (const r of [...rows, ...rows.slice().reverse()])
          expect(diagnoseRow(r, DEFAULT_PROFILE, tol)).toEqual(diagnoseRowFresh(r, DEFAULT_PROFILE, tol));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a finding said once, in each language', () => {
  it('words a finding the same when asked again, whichever language was asked in between', () => {
    const report = checkWorkbook({
      sheets: [
        {
          name: '资金筹集',
          rows: [
            ['镇', '年度', '合计', '省级', '深圳市', '市级', '县级'],
            ...Array.from({ length: 30 }, (_, i) => [`测试${i}镇`, 2021 + (i % 5), 2000, 1000, 700, 150, 150 + i]),
          ],
        },
      ],
    });
    expect(report.findings.length).toBeGreaterThan(30);
    const zh = report.findings.map((f) => formatFinding(f, 'zh-CN', report.profile));
    const en = report.findings.map((f) => formatFinding(f, 'en-US', report.profile));
    const other = { ...report.profile, county: '龙川', countyEn: 'Longchuan' };
    report.findings.forEach((f, i) => {
      expect(zh[i]).not.toBe(en[i]);
      expect(formatFinding(f, 'zh-CN', report.profile)).toBe(zh[i]);
      expect(formatFinding(f, 'en-US', report.profile)).toBe(en[i]);
      expect(formatFinding({ ...f }, 'zh-CN', report.profile)).toBe(zh[i]); // a copy is worded afresh, the same
      formatFinding(f, 'zh-CN', other); // another profile's wording is not kept for this one
      expect(formatFinding(f, 'zh-CN', report.profile)).toBe(zh[i]);
    });
  });
});

describe('shares in plan order', () => {
  it('lists town-years by plan town then year, whatever order the rows come in', () => {
    const towns = DEFAULT_PROFILE.towns.map((t) => t.name);
    const years = [2021, 2022, 2023, 2024, 2025];
    const pairs = fc.shuffledSubarray(
      towns.flatMap((t) => years.map((y) => [t, y] as const)),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(pairs, (rows) => {
        const report = checkWorkbook({
          sheets: [
            {
              name: '资金筹集',
              rows: [['镇', '年度', '合计', '省级', '深圳市', '市级', '县级'], ...rows.map(([t, y]) => [t, y, 2000, 1200, 600, 40, 160])],
            },
          ],
        });
        const want = [...rows].sort((a, b) => towns.indexOf(a[0]) - towns.indexOf(b[0]) || a[1] - b[1]);
        expect(report.shares.map((s) => [s.town, s.year])).toEqual(want.map(([t, y]) => [t, y]));
      }),
      { numRuns: 100 },
    );
  });
});
