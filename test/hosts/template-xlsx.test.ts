/**
 * The blank template as an .xlsx (issue 12 "A template that guides"), read back through the project's reader and
 * its sheet XML: 填表说明 first in the chosen language, dropdowns for 镇, 帮扶类型, 年度 and 是/否 with the profile's
 * lists, the product's own SUM formulas in the fund sheet only (shown blank until filled, recalculated on opening),
 * and the unfilled template checked as WB-NOTHING-FILLED with no error or warning.
 */
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook, DEFAULT_PROFILE, LANGS, renderTemplate, type Lang } from '../../src/core';
import { templateGuide } from '../../src/core/messages/template-guide';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeTemplateWorkbook } from '../../src/hosts/xlsx/write-new';

const P = DEFAULT_PROFILE;
const YEARS = Array.from({ length: P.years.last - P.years.first + 1 }, (_, i) => P.years.first + i);
const TOWNS = P.towns.map((t) => t.name);

const books = new Map<Lang, Uint8Array>();
beforeAll(async () => {
  for (const lang of LANGS) books.set(lang, await writeTemplateWorkbook(renderTemplate(P, lang)));
});

/** Each sheet's XML by sheet name, resolved through workbook.xml and its relationships. */
function sheetXml(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const part = target.get(m[2])!.replace(/^\/?(xl\/)?/, 'xl/');
    out.set(m[1], strFromU8(files[part]));
  }
  return out;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** [sqref, list items] of each list validation in a sheet's XML. */
function dropdowns(xml: string): [string, string[]][] {
  return [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => {
    expect(m[1]).toContain('type="list"');
    const list = unescape(m[2]);
    expect(list.startsWith('"') && list.endsWith('"')).toBe(true);
    return [/sqref="([^"]+)"/.exec(m[1])![1], list.slice(1, -1).split(',')];
  });
}

/** { cell: formula } of a sheet's XML. */
function formulas(xml: string): Record<string, string> {
  return Object.fromEntries([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)].map((m) => [m[1], unescape(m[2])]));
}

describe('the blank template as .xlsx', () => {
  it.each(LANGS)('opens with 填表说明 in %s, then the sheets to fill in, and the reader reads every one back', async (lang) => {
    const snap = await readSnapshot(books.get(lang)!);
    if (!snap.ok) throw new Error(snap.detail);
    expect(snap.snapshot.sheets.map((s) => s.name)).toEqual(renderTemplate(P, lang).map((s) => s.name));
    expect(snap.snapshot.sheets[0].name).toBe('填表说明');
    const guide = snap.snapshot.sheets[0].rows;
    const sheets = snap.snapshot.sheets.slice(1).map((s) => s.name);
    // Each sheet of the template has its row saying how to fill it, in the template's order.
    const listed = guide.filter((r) => typeof r[0] === 'string' && sheets.includes(r[0] as string)).map((r) => r[0]);
    expect(listed).toEqual(sheets);
    const text = guide.flat().join('\n');
    if (lang === 'zh-CN') expect(text).not.toMatch(/\b(the|and|of|from)\b/);
    else expect(text).toMatch(/How to fill it in/);
    const facts = templateGuide(lang, {
      county: lang === 'en-US' ? P.countyEn! : P.county,
      city: P.city,
      towns: P.towns.length,
      firstYear: P.years.first,
      lastYear: P.years.last,
      yes: '是',
      no: '否',
      weightRow: '权重',
      sheets: { pairing: '', fund: '', factor: '', team: '', village: '', meeting: '', params: '' },
    });
    expect(guide[0][0]).toBe(facts.title);
  });

  it('has dropdowns for 镇, 帮扶类型, 年度 and 是/否 with the profile’s lists in the sheet XML', () => {
    const xml = sheetXml(books.get('zh-CN')!);
    const n = TOWNS.length;
    const years = YEARS.map(String);
    expect(dropdowns(xml.get('结对安排表')!)).toEqual([
      [`B4:B${3 + n}`, TOWNS],
      [`C4:C${3 + n}`, ['重点帮扶镇', '巩固提升镇']],
    ]);
    // One block per year: the town rows of the block (its 合计 row left out).
    const fund = dropdowns(xml.get('资金筹集')!);
    expect(fund).toHaveLength(2 * YEARS.length);
    const blocks = YEARS.map((_, i) => [6 + i * (n + 1), 5 + n + i * (n + 1)]);
    expect(new Set(fund.map(([r]) => r))).toEqual(new Set(blocks.flatMap(([a, b]) => [`B${a}:B${b}`, `C${a}:C${b}`])));
    for (const [range, list] of fund) expect(list).toEqual(range.startsWith('B') ? TOWNS : years);
    expect(dropdowns(xml.get('因素表')!)).toEqual([
      [`A4:A${3 + n}`, TOWNS],
      [`F4:F${3 + n}`, ['是', '否']],
      [`G4:G${3 + n}`, ['是', '否']],
    ]);
    expect(dropdowns(xml.get('村集体经济')!).map(([, l]) => l)).toEqual([TOWNS, years]);
    expect(dropdowns(xml.get('工作队名册')!).map(([, l]) => l)).toEqual([TOWNS]);
    for (const name of ['填表说明', '会议记录', '规则参数']) expect(dropdowns(xml.get(name)!)).toEqual([]);
    // Text outside a list is warned about, not refused (a town written another way is a finding of its own).
    expect(xml.get('资金筹集')).toMatch(/<dataValidation [^>]*errorStyle="warning"[^>]*error="请从下拉列表中选择/);
  });

  it('writes the product’s SUM formulas in the fund sheet only: 合计 = E:G, 河源市 = H:I, each year’s 合计 row its column', () => {
    const files = unzipSync(books.get('zh-CN')!);
    expect(strFromU8(files['xl/workbook.xml'])).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    const xml = sheetXml(books.get('zh-CN')!);
    for (const [name, sheet] of xml) if (name !== '资金筹集') expect(formulas(sheet)).toEqual({});
    const f = formulas(xml.get('资金筹集')!);
    const want: Record<string, string> = {};
    const sum = (ref: string) => `IF(COUNT(${ref})=0,"",SUM(${ref}))`;
    let row = 6;
    for (let y = 0; y < YEARS.length; y++) {
      const first = row;
      for (let t = 0; t < TOWNS.length; t++) {
        want[`D${row}`] = sum(`E${row}:G${row}`);
        want[`G${row}`] = sum(`H${row}:I${row}`);
        row++;
      }
      for (const c of 'DEFGHI') want[`${c}${row}`] = sum(`${c}${first}:${c}${row - 1}`);
      row++;
    }
    expect(f).toEqual(want);
    // The cached result is the empty string a formula over blank cells shows: read back as a blank cell.
    expect(xml.get('资金筹集')).toContain('<c r="D6" s="');
    expect(xml.get('资金筹集')).toMatch(/<c r="D6" [^>]*t="str"><f>[^<]*<\/f><v><\/v><\/c>/);
  });

  it('checked unfilled, says WB-NOTHING-FILLED naming the fund sheet, with no error, warning or uncalculated formula', async () => {
    for (const lang of LANGS) {
      const snap = await readSnapshot(books.get(lang)!);
      if (!snap.ok) throw new Error(snap.detail);
      const report = checkWorkbook(snap.snapshot);
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.sheet, f.cell])).toEqual([]);
      const nothing = report.findings.filter((f) => f.code === 'WB-NOTHING-FILLED');
      expect(nothing.map((f) => f.code === 'WB-NOTHING-FILLED' && f.params.sheets)).toEqual([['资金筹集']]);
      expect(report.findings.map((f) => f.code)).not.toContain('FUND-UNCALCULATED');
    }
  });
});
