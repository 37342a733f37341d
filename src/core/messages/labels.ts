/** Names of amount columns and other shared words, per language; the county and city come from the profile. */
import type { AmountKey } from '../findings';
import type { Profile } from '../profile';
import type { Lang } from './lang';

export function amountLabel(
  key: AmountKey | string,
  lang: Lang,
  profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>,
): string {
  const county = profile?.county ?? '紫金县';
  const city = profile?.city ?? '河源市';
  const cityShort = profile ? (profile.cityEn ?? 'City') : 'Heyuan';
  const countyShort = profile ? (profile.countyEn ?? 'County') : 'Zijin';
  if (lang === 'zh-CN') {
    const zh: Record<AmountKey, string> = {
      total: '合计',
      province: '省级',
      shenzhen: '深圳市',
      heyuan: `${city}`,
      heyuanCity: `${city}级`,
      county: `${county}级`,
    };
    return zh[key as AmountKey] ?? key;
  }
  const en: Record<AmountKey, string> = {
    total: 'Total',
    province: 'Province',
    shenzhen: 'Shenzhen',
    heyuan: `${cityShort} (whole)`,
    heyuanCity: `${cityShort} city level`,
    county: `${countyShort} county level`,
  };
  return en[key as AmountKey] ?? key;
}
