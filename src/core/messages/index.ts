/**
 * Message catalogs (zh-CN first, en-US second): `formatFinding` for findings, `ui(lang)` for every other
 * sentence a user reads. Checks never format text; the fronts call these.
 */
import type { Finding } from '../findings';
import type { Profile } from '../profile';
import { enUS } from './en-US';
import type { Lang } from './lang';
import { zhCN } from './zh-CN';

export { LANGS, type Lang } from './lang';
export { amountLabel } from './labels';
export { ui, type UiStrings } from './ui';
export { RULE_TEXTS, explainRule, ruleName, findingRuleName, type RuleExplained } from './rule-texts';
export { PLAN_QUOTES, type QuoteKey } from './plan-quotes';
export { roundUi, type RoundStrings } from './round-ui';

/** One sentence a clerk understands: what is wrong, where, what was expected and what was found. */
export function formatFinding(f: Finding, lang: Lang, profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>): string {
  return wordFinding(f, lang, profile, true);
}

/**
 * formatFinding, and `keep`: whether the sentence is kept for the finding's next wording. The JSON result and the
 * 校验问题 sheet word the same finding: said once, the one string shared (200,000 findings). When no result sheet
 * will be made (the CLI without --out), keeping is not worth its WeakMap entry per finding (~0.3 s of GC at
 * 200,000 findings).
 */
export function wordFinding(
  f: Finding,
  lang: Lang,
  profile: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'> | undefined,
  keep: boolean,
): string {
  const said = SAID.get(f);
  if (said && said.lang === lang && said.profile === profile) return said.text;
  const text = lang === 'en-US' ? enUS(f, profile) : zhCN(f, profile);
  if (keep) SAID.set(f, { lang, profile, text });
  return text;
}

const SAID = new WeakMap<Finding, { lang: Lang; profile: object | undefined; text: string }>();

/** `'zh-CN'` unless the language tag is English (Office's displayLanguage, the browser's, --lang). */
export function pickLang(tag: string | undefined | null): Lang {
  return tag && /^en\b/i.test(tag) ? 'en-US' : 'zh-CN';
}
