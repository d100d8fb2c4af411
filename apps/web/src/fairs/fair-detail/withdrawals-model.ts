import type { FairWithdrawal, HeldBooth } from '@bussanten/contracts';
import { formatDay } from '../components/fair-format';
import type { Lang } from '../../i18n/dictionaries';

/** 'A1 2月17日(金)〜2月19日(日)' / 'A1 Fri, Feb 17 – Sun, Feb 19'; one day is named once. Calendar days, so no time zone shifts them. */
export function heldBoothText(b: HeldBooth, lang: Lang): string {
  const from = formatDay(b.from, lang);
  if (b.from === b.to) return `${b.code} ${from}`;
  return `${b.code} ${from}${lang === 'ja' ? '〜' : ' – '}${formatDay(b.to, lang)}`;
}

/** Every booth a withdrawal freed, in one line; '' when it held none. */
export function freedBoothsText(booths: readonly HeldBooth[], lang: Lang): string {
  return booths.map((b) => heldBoothText(b, lang)).join(lang === 'ja' ? '、' : '; ');
}

/** The municipality in the reader's language: its English name where the registry has one. */
export function municipalityLabel(m: FairWithdrawal['municipality'], lang: Lang): string {
  return lang === 'en' && m.nameEn ? m.nameEn : m.name;
}

/** How many withdrawn municipalities the public page still shows: publishing again is due when this is not 0. */
export function stillPublicCount(list: readonly FairWithdrawal[]): number {
  return list.filter((w) => w.stillPublic).length;
}
