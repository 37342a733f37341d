/**
 * Parity of the rules registry (findings.ts RULES) and the catalog of rule names, plan quotes, examples and fixes
 * (messages/rule-texts.ts). If this fails after you added a code to RULES: add its name, quote, example and fix
 * to RULE_TEXTS in both languages — the fronts show the name first and the help page lists every rule.
 */
import { CODES, RULES, RULE_TEXTS, PLAN_QUOTES, explainRule, LANGS, type Code } from '../../src/core';

describe('the rule catalog', () => {
  it('has exactly the registry’s codes', () => {
    expect(Object.keys(RULE_TEXTS).sort()).toEqual([...CODES].sort());
  });

  it.each(LANGS)('gives every rule a name, a clause quote, an example and a fix in %s', (lang) => {
    const missing = CODES.filter((c: Code) => {
      const e = explainRule(c, lang);
      return !e.name.trim() || !e.quote.trim() || !e.example.trim() || !e.fix.trim();
    });
    expect(missing).toEqual([]);
  });

  it('quotes a sentence of the rule’s own clause (or says it is no clause of the plan)', () => {
    const wrong = CODES.filter((c) => {
      const q = PLAN_QUOTES[RULE_TEXTS[c].quote];
      return RULES[c].clause === '' ? q.clause !== '' : !RULES[c].clause.includes(q.clause) || q.clause === '';
    });
    expect(wrong).toEqual([]);
  });

  it('quotes the plan’s 6 : 3 : 1 and 2 : 8 for the fund rules', () => {
    const q = explainRule('FUND-SHARE', 'zh-CN').quote;
    expect(q).toContain('6∶3∶1');
    expect(q).toContain('2∶8');
  });

  it.each(LANGS)('names each rule once in %s', (lang) => {
    const names = CODES.map((c) => explainRule(c, lang).name);
    expect(new Set(names).size).toBe(names.length);
  });
});
