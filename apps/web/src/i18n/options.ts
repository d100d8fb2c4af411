import { AGREEMENT_KINDS, MUNICIPALITY_KINDS, MUNICIPALITY_SORTS, Role } from '@bussanten/contracts';
import { PREFECTURES } from '@bussanten/domain';
import { translate, type Lang } from './dictionaries';
import { agreementKindKey, municipalityKindKey, roleKey } from './format';

/** One <option>: the value the API speaks, the label the user reads. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Prefectures in code order (北海道 first), named in `lang`; values are the codes as text. */
export function prefectureOptions(lang: Lang): SelectOption[] {
  return PREFECTURES.map((p) => ({ value: String(p.code), label: lang === 'ja' ? p.name : p.nameEn }));
}

export function municipalityKindOptions(lang: Lang): SelectOption[] {
  return MUNICIPALITY_KINDS.map((k) => ({ value: k, label: translate(lang, municipalityKindKey(k)) }));
}

export function agreementKindOptions(lang: Lang): SelectOption[] {
  return AGREEMENT_KINDS.map((k) => ({ value: k, label: translate(lang, agreementKindKey(k)) }));
}

export function municipalitySortOptions(lang: Lang): SelectOption[] {
  return MUNICIPALITY_SORTS.map((s) => ({ value: s, label: translate(lang, `sort.${s}`) }));
}

/** Roles to invite someone as: representatives first, as most invitations are for them. */
export function roleOptions(lang: Lang): SelectOption[] {
  return [Role.Representative, Role.Organizer, Role.Staff].map((r) => ({ value: r, label: translate(lang, roleKey(r)) }));
}
