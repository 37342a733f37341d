/**
 * The CLI as a user runs it (issue 14): wall time, CPU time (user + system) and peak memory of whole processes,
 * measured side by side with `soffice --convert-to csv` on the same files, through /usr/bin/time.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { zipSync, strToU8, unzipSync, strFromU8 } from 'fflate';
import { rawXlsx, sheetXml, MAIN } from '../test/hosts/xlsx-parts';

export interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

/** Median of `runs` runs (by wall time) of a command, with its CPU time and peak resident memory. */
export function measure(cmd: string, args: string[], runs: number, cwd: string): Run {
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M', cmd, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 900_000,
      maxBuffer: 1 << 30,
    });
    const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`cannot time ${cmd}: ${r.stderr?.slice(-300)}`);
    out.push({ wallMs: +m[1] * 1000, cpuMs: (+m[2] + +m[3]) * 1000, peakMb: +m[4] / 1024 });
  }
  out.sort((a, b) => a.wallMs - b.wallMs);
  return out[Math.floor(out.length / 2)];
}

const col = (c: number): string => (c > 26 ? col(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

/**
 * A fund sheet of `rows` town-years (inline strings), as a real office lays it out: title, unit, header, rows.
 * 'outside': towns 测试N镇 that the default plan does not have, amounts off the 6 : 3 : 1 split (~2 findings a row);
 * 'clean' / 'wrong-column' / 'wrong-distinct': towns 测试N镇 × 5 years as in `manyTownsProfile`, the amounts right, or 省级
 * wrong in every row (by one of 7 amounts, or by a different amount in every row).
 */
export function fundWorkbook(rows: number, kind: 'outside' | 'clean' | 'wrong-column' | 'wrong-distinct' = 'outside'): Uint8Array {
  const parts = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>资金筹集表</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>单位：万元</t></is></c></row><row r="3">${[
      '镇',
      '年度',
      '合计',
      '省级',
      '深圳市',
      '市级',
      '县级',
    ]
      .map((h, i) => `<c r="${col(i + 1)}3" t="inlineStr"><is><t>${h}</t></is></c>`)
      .join('')}</row>`,
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 4;
    const amounts =
      kind === 'outside'
        ? [2000, 1000, 700, 150, 150]
        : kind === 'clean'
          ? [2000, 1200, 600, 40, 160]
          : kind === 'wrong-column'
            ? [2000, 1210 + (i % 7) * 10, 600, 40, 160]
            : // 省级 wrong by a different amount in every row: nothing the engine remembers per distinct row can help.
              [2000, (120_001 + i) / 100, 600, 40, 160];
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>测试${Math.floor(i / 5)}镇</t></is></c><c r="B${r}"><v>${2021 + (i % 5)}</v></c>${amounts
        .map((a, j) => `<c r="${col(j + 3)}${r}"><v>${a}</v></c>`)
        .join('')}</row>`,
    );
  }
  return rawXlsx({ sheets: [{ name: '资金筹集', xml: sheetXml(parts.join('')) }], level: 6 });
}

/** A --profile file whose plan has the towns 测试0镇 … of fundWorkbook(rows, 'clean'), so that every row is a plan town-year. */
export function manyTownsProfile(rows: number): string {
  const towns = Array.from({ length: Math.ceil(rows / 5) }, (_, i) => ({
    name: `测试${i}镇`,
    type: 'consolidate',
    group: 'county',
    lead: '县发改局',
    members: ['县农业农村局'],
  }));
  return JSON.stringify({ towns, typeCounts: { key: 0, consolidate: towns.length, keyShenzhen: 0, keyCity: 0 } });
}

/** The sample with one more cell at XFD1048576 on every sheet. */
export function withFarCell(sample: Uint8Array): Uint8Array {
  const f = unzipSync(sample);
  for (const k of Object.keys(f))
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(k))
      f[k] = strToU8(strFromU8(f[k]).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
  return zipSync(f);
}

/** Small files that once exploded (issue 14), each a few KB compressed. */
export function explodingFiles(): Record<string, Uint8Array> {
  const cell = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
  const ws = (body: string) => `<worksheet xmlns="${MAIN}">${body}</worksheet>`;
  const many = Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}">${'<c\t><v>1</v></c>'.repeat(16_384)}</row>`).join('');
  return {
    'col-max-300000000': rawXlsx({
      sheets: [{ name: 'S', xml: ws(`<cols><col min="9" max="300000000" width="9"/></cols><sheetData>${cell(1)}</sheetData>`) }],
    }),
    'row-100000000': rawXlsx({
      sheets: [{ name: 'S', xml: ws(`<sheetData>${cell(1)}<row r="100000000"><c><v>1</v></c></row></sheetData>`) }],
    }),
    'defined-name-whole-sheet': rawXlsx({
      sheets: [{ name: 'S', xml: ws(`<dimension ref="A1:XFD1048576"/><sheetData>${cell(1)}</sheetData>`) }],
      definedNames: '<definedNames><definedName name="all">S!$A$1:$XFD$1048576</definedName></definedNames>',
    }),
    'validation-D1-H1048576': rawXlsx({
      sheets: [
        {
          name: 'S',
          xml: ws(
            `<sheetData>${cell(1)}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="D1:H1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
          ),
        },
      ],
    }),
    'c-tab-3.3-million-cells': rawXlsx({ sheets: [{ name: 'S', xml: ws(`<sheetData>${many}</sheetData>`) }], level: 6 }),
  };
}

export async function writeAll(dir: string, files: Record<string, Uint8Array>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [n, b] of Object.entries(files)) {
    out[n] = path.join(dir, `${n}.xlsx`);
    await fs.writeFile(out[n], b);
  }
  return out;
}
