/**
 * help.html (issue 11): every rule of the registry, in zh-CN and en-US, with its name, code, severity, the plan's
 * sentence, an example and the fix, each at an anchor the pane's and the page's 「依据」 link to.
 */
import { CODES, explainRule, helpHref, LANGS, renderHelpHtml } from '../../src/core';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the help page', () => {
  const html = renderHelpHtml();

  it.each(LANGS)('lists every rule in %s with its name, quote, example and fix at its anchor', (lang) => {
    const missing = CODES.filter((c) => {
      const e = explainRule(c, lang);
      const id = helpHref(c, lang).split('#')[1];
      const at = html.indexOf(`id="${id}"`);
      if (at < 0) return true;
      const block = html.slice(at, html.indexOf('</article>', at));
      return ![e.name, e.quote, e.example, e.fix, c].every((s) => block.includes(esc(s)));
    });
    expect(missing).toEqual([]);
  });

  it('is one page with both languages, no script, and each language reachable by its anchor', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<main id="zh-CN" lang="zh-CN">');
    expect(html).toContain('<main id="en-US" lang="en-US">');
    expect(html).not.toMatch(/<script/i);
    expect(helpHref('', 'en-US')).toBe('help.html#en-US');
  });
});
