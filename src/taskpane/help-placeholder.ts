/**
 * help.html until the real help page (issue 11) has its own build entry: every rule from the catalog — code,
 * severity, name, the plan's sentence, an example and the fix — in zh-CN, then en-US. Plain DOM, no framework.
 */
import { CODES, explainRule, RULES, ui, type Lang } from '../core';

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function section(lang: Lang): HTMLElement {
  const t = ui(lang);
  const s = el('section', undefined, { lang, id: lang });
  s.appendChild(el('h1', lang === 'zh-CN' ? `${t.appName} · 规则说明` : `${t.appName} · Rules`));
  for (const code of CODES) {
    const r = explainRule(code, lang);
    const item = el('article', undefined, { id: `${lang}-${code}` });
    item.appendChild(el('h2', `${r.name}（${code}，${t.severity[RULES[code].severity]}）`));
    if (r.quote) item.appendChild(el('blockquote', r.clause ? `${r.quote}（${r.clause}）` : r.quote));
    item.appendChild(el('p', r.example));
    item.appendChild(el('p', r.fix));
    s.appendChild(item);
  }
  return s;
}

const main = document.getElementById('help');
if (main) for (const lang of ['zh-CN', 'en-US'] as const) main.appendChild(section(lang));
