/**
 * The JSON result's findings (issue 14 fast paths): toFileResult assigns a finding's optional keys instead of
 * spreading them, amount labels and FUND-SHARE rule names are built once per profile and language, and a finding's
 * sentence may be worded without being kept. The --json text must stay exactly what it was: same keys, same order,
 * same words, for any finding and any county / city names.
 */
import fc from 'fast-check';
import {
  DEFAULT_PROFILE,
  amountLabel,
  findingRuleName,
  formatFinding,
  makeFinding,
  toFileResult,
  type AmountKey,
  type CheckReport,
  type Finding,
  type Lang,
  type Profile,
} from '../../src/core';

const KEYS: AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
const LANG_LIST: Lang[] = ['zh-CN', 'en-US'];

/** The labels as the catalog words them, written out here (RULES.md amount columns). */
function labelOf(key: AmountKey, lang: Lang, p: Places | undefined): string {
  const county = p?.county ?? '紫金县';
  const city = p?.city ?? '河源市';
  const cityShort = p ? (p.cityEn ?? 'City') : 'Heyuan';
  const countyShort = p ? (p.countyEn ?? 'County') : 'Zijin';
  const zh = { total: '合计', province: '省级', shenzhen: '深圳市', heyuan: city, heyuanCity: `${city}级`, county: `${county}级` };
  const en = {
    total: 'Total',
    province: 'Province',
    shenzhen: 'Shenzhen',
    heyuan: `${cityShort} (whole)`,
    heyuanCity: `${cityShort} city level`,
    county: `${countyShort} county level`,
  };
  return (lang === 'zh-CN' ? zh : en)[key];
}

type Places = Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>;

const name = fc.oneof(fc.constantFrom('龙川县', '和平', '河源市', 'Longchuan', '', '县'), fc.string({ maxLength: 6 }));
const places: fc.Arbitrary<Places> = fc.record(
  { county: name, city: name, countyEn: name, cityEn: name },
  { requiredKeys: ['county', 'city'] },
);

const finding: fc.Arbitrary<Finding> = fc
  .record({
    kind: fc.constantFrom('share', 'share-row', 'town', 'unreadable'),
    source: fc.constantFrom(...KEYS),
    row: fc.integer({ min: 1, max: 100_000 }),
    col: fc.integer({ min: 1, max: 30 }),
    town: fc.constantFrom('龙窝镇', '测试7镇', 'A"b\\c', '\u0007镇'),
    year: fc.integer({ min: 2021, max: 2025 }),
    expected: fc.option(fc.constantFrom('1,000.00', '0', ''), { nil: undefined }),
    actual: fc.option(fc.constantFrom('999.99', ''), { nil: undefined }),
    group: fc.option(fc.constantFrom('g1', 'g27', ''), { nil: undefined }),
    ignored: fc.option(fc.constantFrom('已核实', ''), { nil: undefined }),
    limit: fc.option(fc.constantFrom('file' as const, 'cells' as const), { nil: undefined }),
  })
  .map((r) => {
    const at = { sheet: '资金筹集', row: r.row, col: r.col };
    const extras = {
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      ...(r.actual !== undefined ? { actual: r.actual } : {}),
    };
    const f: Finding =
      r.kind === 'share'
        ? makeFinding('FUND-SHARE', at, { town: r.town, year: r.year, source: r.source, ratio: '6:3:1' }, extras)
        : r.kind === 'share-row'
          ? makeFinding('FUND-SHARE', at, { town: r.town, year: r.year, source: r.source, candidates: ['C2', 'D2'] }, extras)
          : r.kind === 'town'
            ? makeFinding('FUND-TOWN-UNKNOWN', at, { town: r.town, outside: true }, extras)
            : makeFinding('WB-UNREADABLE', null, { reason: 'too-large', ...(r.limit ? { limit: r.limit } : {}) });
    return {
      ...f,
      ...(r.group !== undefined ? { group: r.group } : {}),
      ...(r.ignored !== undefined ? { ignored: { reason: r.ignored } } : {}),
    } as Finding;
  });

/** A finding of the JSON result as toFileResult made it before the fast path (spread, fresh labels). */
function reference(f: Finding, lang: Lang, profile: Profile) {
  const rule =
    f.code === 'FUND-SHARE' && !f.params.candidates
      ? lang === 'zh-CN'
        ? `${labelOf(f.params.source, lang, profile)}分担比例不符`
        : `${labelOf(f.params.source, lang, profile)} share off the ratio`
      : findingRuleName(f, lang, profile);
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    clause: f.clause,
    message: formatFinding({ ...f } as Finding, lang, profile),
    expected: f.expected ?? '',
    actual: f.actual ?? '',
    ...(f.group ? { group: f.group } : {}),
    rule,
    ...(f.ignored ? { ignored: { reason: f.ignored.reason } } : {}),
    ...(f.code === 'WB-UNREADABLE'
      ? { unreadable: { reason: f.params.reason, ...(f.params.limit ? { limit: f.params.limit } : {}) } }
      : {}),
  };
}

const reportOf = (findings: Finding[], profile: Profile): CheckReport => ({
  profile,
  findings,
  shares: [],
  sheetOrder: ['资金筹集'],
  profileSource: 'default',
});

describe('the JSON result of findings (issue 14 fast paths)', () => {
  it('has the same keys in the same order and the same words as before, for any finding, profile and language', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), places, fc.constantFrom(...LANG_LIST), fc.boolean(), (fs, p, lang, keep) => {
        const profile: Profile = { ...DEFAULT_PROFILE, ...p };
        const result = toFileResult(reportOf(fs, profile), 'a.xlsx', lang, keep);
        expect(JSON.stringify(result.findings, null, 2)).toBe(
          JSON.stringify(
            fs.map((f) => reference(f, lang, profile)),
            null,
            2,
          ),
        );
        // Worded again afterwards (the 校验问题 sheet), kept or not, the sentence is the same.
        fs.forEach((f, i) => expect(formatFinding(f, lang, profile)).toBe(result.findings[i].message));
      }),
      { numRuns: 150 },
    );
  });

  it('names amount columns from the place names the profile has now, also after they change', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(places, fc.constantFrom(...KEYS), fc.constantFrom(...LANG_LIST)), { maxLength: 30 }), (steps) => {
        // One profile object whose place names are rewritten between calls, and a fresh one each time.
        const same: Places = { county: '紫金县', city: '河源市' };
        for (const [p, key, lang] of steps) {
          Object.assign(same, { countyEn: undefined, cityEn: undefined }, p);
          expect(amountLabel(key, lang, same)).toBe(labelOf(key, lang, same));
          expect(amountLabel(key, lang, { ...p })).toBe(labelOf(key, lang, p));
          expect(amountLabel(key, lang)).toBe(labelOf(key, lang, undefined));
        }
      }),
    );
  });

  it('names a FUND-SHARE finding after its own source and the profile it is worded for', () => {
    const a: Profile = { ...DEFAULT_PROFILE, county: '龙川县', city: '河源市', countyEn: 'Longchuan', cityEn: 'Heyuan' };
    const b: Profile = { ...DEFAULT_PROFILE, county: '和平县', city: '梅州市', countyEn: 'Heping', cityEn: 'Meizhou' };
    for (const source of KEYS) {
      const f = makeFinding('FUND-SHARE', { sheet: 'S', row: 2, col: 3 }, { town: '龙窝镇', year: 2023, source });
      for (const lang of LANG_LIST)
        for (const p of [a, b, a])
          expect(findingRuleName(f, lang, p)).toBe(
            lang === 'zh-CN' ? `${labelOf(source, lang, p)}分担比例不符` : `${labelOf(source, lang, p)} share off the ratio`,
          );
    }
    expect(findingRuleName(makeFinding('FUND-SHARE', null, { town: 'x', year: 2023, source: 'county' }), 'zh-CN', b)).toBe(
      '和平县级分担比例不符',
    );
  });
});
