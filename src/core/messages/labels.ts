/** Names of amount columns and other shared words, per language; the county and city come from the profile. */
import type { AmountKey } from '../findings';
import type { Profile } from '../profile';
import type { Lang } from './lang';

type Places = Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>;

/** One language's labels for one set of place names. */
interface Labels {
  county: string | undefined;
  city: string | undefined;
  countyEn: string | undefined;
  cityEn: string | undefined;
  byKey: Record<AmountKey, string>;
}

function labelsFor(lang: Lang, profile: Places | undefined): Record<AmountKey, string> {
  const county = profile?.county ?? '紫金县';
  const city = profile?.city ?? '河源市';
  const cityShort = profile ? (profile.cityEn ?? 'City') : 'Heyuan';
  const countyShort = profile ? (profile.countyEn ?? 'County') : 'Zijin';
  if (lang === 'zh-CN') {
    return {
      total: '合计',
      province: '省级',
      shenzhen: '深圳市',
      heyuan: `${city}`,
      heyuanCity: `${city}级`,
      county: `${county}级`,
    };
  }
  return {
    total: 'Total',
    province: 'Province',
    shenzhen: 'Shenzhen',
    heyuan: `${cityShort} (whole)`,
    heyuanCity: `${cityShort} city level`,
    county: `${countyShort} county level`,
  };
}

// A finding's message and rule name ask for a label each (200,000 findings): the table is built once per profile
// and language, and built again when the profile's place names are not the ones it was built from.
const NO_PROFILE: Partial<Record<Lang, Record<AmountKey, string>>> = {};
const BY_PROFILE = new WeakMap<object, Partial<Record<Lang, Labels>>>();

function table(lang: Lang, profile: Places | undefined): Record<AmountKey, string> {
  if (!profile) return (NO_PROFILE[lang] ??= labelsFor(lang, undefined));
  let perLang = BY_PROFILE.get(profile);
  if (!perLang) BY_PROFILE.set(profile, (perLang = {}));
  const t = perLang[lang];
  if (t && t.county === profile.county && t.city === profile.city && t.countyEn === profile.countyEn && t.cityEn === profile.cityEn)
    return t.byKey;
  const byKey = labelsFor(lang, profile);
  perLang[lang] = { county: profile.county, city: profile.city, countyEn: profile.countyEn, cityEn: profile.cityEn, byKey };
  return byKey;
}

export function amountLabel(key: AmountKey | string, lang: Lang, profile?: Places): string {
  return table(lang, profile)[key as AmountKey] ?? key;
}
