/**
 * help.html: every rule of the product — its name, code, severity, the plan's sentence, an example and the fix — in
 * zh-CN, then en-US, from the one rule catalog (messages/rule-texts.ts). Built into dist/ by webpack (the add-in's
 * SupportUrl / LearnMoreUrl, the pane's and the page's 「规则说明」 links); each rule has an anchor, its code.
 */
import { CODES, RULES, type Code } from '../findings';
import { explainRule, ui, LANGS, type Lang } from '../messages';

/** The sections of the help page, in RULES.md's order. */
const SECTIONS: { prefix: string[]; zh: string; en: string }[] = [
  { prefix: ['WB-', 'PARAM-'], zh: '工作簿', en: 'Workbook' },
  { prefix: ['PAIR-'], zh: '结对安排表（二（二）、附件）', en: 'Pairing table (二（二）, annex)' },
  { prefix: ['FUND-'], zh: '资金表（四（十一））', en: 'Fund sheets (四（十一）)' },
  { prefix: ['ROUND-'], zh: '多个文件一起校验', en: 'Many files checked together' },
  { prefix: ['ALLOC-'], zh: '因素法分配（四（十一））', en: 'Allocation among towns (四（十一）)' },
  { prefix: ['TEAM-'], zh: '驻镇帮扶工作队（二（一）、四（十二））', en: 'Town teams (二（一）, 四（十二）)' },
  { prefix: ['VILLAGE-'], zh: '村集体经济（三（八））', en: 'Village collective income (三（八）)' },
  { prefix: ['MEET-'], zh: '会议（四（九））', en: 'Meetings (四（九）)' },
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function ruleBlock(code: Code, lang: Lang): string {
  const t = ui(lang);
  const r = explainRule(code, lang);
  const id = lang === 'zh-CN' ? code : `${code}-en`;
  return [
    `<article class="rule" id="${esc(id)}">`,
    `<h3>${esc(r.name)} <code>${esc(code)}</code> <span class="sev ${RULES[code].severity}">${esc(t.severity[RULES[code].severity])}</span></h3>`,
    `<p class="quote"><strong>${esc(t.helpColQuote)}</strong>${r.clause ? `（${esc(r.clause)}）` : ''}：${esc(r.quote)}</p>`,
    `<p><strong>${esc(t.helpColExample)}</strong>：${esc(r.example)}</p>`,
    `<p><strong>${esc(t.helpColFix)}</strong>：${esc(r.fix)}</p>`,
    `</article>`,
  ].join('\n');
}

function langSection(lang: Lang): string {
  const t = ui(lang);
  const other = lang === 'zh-CN' ? '#en-US' : '#zh-CN';
  const sections = SECTIONS.map((s) => {
    const codes = CODES.filter((c) => s.prefix.some((p) => c.startsWith(p)));
    if (!codes.length) return '';
    return `<section><h2>${esc(lang === 'zh-CN' ? s.zh : s.en)}</h2>\n${codes.map((c) => ruleBlock(c, lang)).join('\n')}</section>`;
  });
  const rest = CODES.filter((c) => !SECTIONS.some((s) => s.prefix.some((p) => c.startsWith(p))));
  if (rest.length) sections.push(`<section>${rest.map((c) => ruleBlock(c, lang)).join('\n')}</section>`);
  return [
    `<main id="${lang}" lang="${lang}">`,
    `<p class="switch"><a href="${other}">${esc(t.helpOtherLang)}</a></p>`,
    `<h1>${esc(t.helpTitle)}</h1>`,
    `<p>${esc(t.helpIntro)}</p>`,
    ...sections,
    `</main>`,
  ].join('\n');
}

/** The whole help page as one HTML document (no script; both languages). */
export function renderHelpHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(ui('zh-CN').helpTitle)}</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.6; color: #242424; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ddd; margin-top: 2rem; } h3 { font-size: 1rem; margin-bottom: 0.25rem; }
code { font-size: 0.8rem; color: #616161; } .sev { font-size: 0.75rem; padding: 0 0.4rem; border-radius: 0.25rem; }
.error { background: #fde7e9; color: #b10e1c; } .warning { background: #fff4ce; color: #835b00; } .info { background: #ebf3fc; color: #115ea3; }
.quote { background: #f5f5f5; padding: 0.4rem 0.6rem; border-left: 3px solid #0f6cbd; }
.rule { margin-bottom: 1rem; } .switch { text-align: right; } main + main { border-top: 2px solid #0f6cbd; margin-top: 3rem; }
:target { outline: 2px solid #0f6cbd; outline-offset: 4px; }
</style>
</head>
<body>
${LANGS.map(langSection).join('\n')}
</body>
</html>
`;
}

/** Where a rule is explained on the help page (relative to the page that links it). */
export function helpHref(code: Code | '', lang: Lang, base = 'help.html'): string {
  if (!code) return lang === 'zh-CN' ? base : `${base}#en-US`;
  return `${base}#${lang === 'zh-CN' ? code : `${code}-en`}`;
}
