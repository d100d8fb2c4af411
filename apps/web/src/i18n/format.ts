import type { AgreementKind, InvitationStatus, MunicipalityKind, Role } from '@bussanten/contracts';
import { isIsoDate, prefectureByCode, warekiOfDate, warekiOfYear } from '@bussanten/domain';
import { LOCALES, calendarDay, dateFormat, formatters } from '@bussanten/messages';
import { translate, type Lang, type MessageKey } from './dictionaries';
import { formatTokyoDateTime } from './tokyo-time';

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** 44905 → '44,905'; 1259.89 → '1,259.89' (grouped, at most `maxFractionDigits` decimals; the shared number formats). */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 0): string {
  return formatters.getNumberFormat(LOCALES[lang], { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** 44905 → '44,905人' (ja) / '44,905' (en). */
export function formatPopulation(n: number, lang: Lang): string {
  return translate(lang, 'format.population', { n });
}

/** 1259.89 → '1,259.89 km²'. */
export function formatArea(km2: number, lang: Lang): string {
  return translate(lang, 'format.area', { n: km2 });
}

/** The era year of a calendar day by the shared 和暦 format: '平成14年' / 'Heisei 14'. */
function eraYearText(isoDate: string, lang: Lang): string {
  const format = dateFormat(lang, 'warekiYear');
  if (lang === 'ja') return format.format(calendarDay(isoDate));
  const parts = format.formatToParts(calendarDay(isoDate));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('era')} ${part('year')}`;
}

/** 2002 → '2002年（平成14年）' (ja) / '2002 (Heisei 14)' (en); before 明治 only the year. */
export function formatYearWithEra(year: number, lang: Lang): string {
  // A year in which the era changed is named by the era in force at its end (2019 → 令和元年).
  if (!warekiOfYear(year)) return translate(lang, 'format.year', { year });
  return translate(lang, 'format.yearWithEra', { year, wareki: eraYearText(`${String(year).padStart(4, '0')}-12-31`, lang) });
}

/**
 * When an agreement was signed: the full date when known ('2002年4月1日（平成14年4月1日）'),
 * otherwise the year with its era, otherwise '締結年不明'. A calendar day: the browser's time zone
 * never shifts it.
 */
export function formatSigned(a: { signedOn: string | null; signedYear: number | null }, lang: Lang): string {
  if (a.signedOn && isIsoDate(a.signedOn)) {
    const [year, month, day] = a.signedOn.split('-');
    const wareki = !warekiOfDate(a.signedOn)
      ? ''
      : lang === 'ja'
        ? dateFormat('ja', 'warekiDate').format(calendarDay(a.signedOn))
        : eraYearText(a.signedOn, lang);
    if (lang === 'ja') return translate(lang, 'format.date', { year, month: Number(month), day: Number(day), wareki });
    return translate(lang, 'format.date', { year, month, day, wareki });
  }
  if (a.signedYear !== null) return formatYearWithEra(a.signedYear, lang);
  return translate(lang, 'format.yearUnknown');
}

export function municipalityKindKey(kind: MunicipalityKind): MessageKey {
  return `municipalityKind.${kind}`;
}

export function agreementKindKey(kind: AgreementKind): MessageKey {
  return `agreementKind.${kind}`;
}

/** A prefecture's name in `lang` ('岩手県' / 'Iwate'); the API's own name when the code is unknown. */
export function prefectureLabel(code: number, name: string, lang: Lang): string {
  if (lang === 'ja') return name;
  return prefectureByCode(code)?.nameEn ?? name;
}

export function roleKey(role: Role): MessageKey {
  return `role.${role}`;
}

export function invitationStatusKey(status: InvitationStatus): MessageKey {
  return `invitationStatus.${status}`;
}

/**
 * An instant from the API (ISO 8601) in Japan time: '2026年11月24日 17:05' (ja) / 'Nov 24, 2026, 17:05'
 * (en), whatever the browser's own time zone. Text that is not a date is returned as it is.
 */
export function formatDateTime(iso: string, lang: Lang): string {
  return formatTokyoDateTime(iso, LOCALES[lang]);
}
