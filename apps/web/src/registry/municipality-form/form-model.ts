import type { ApiErrorDetail, Municipality, MunicipalityInput, MunicipalityKind } from '@bussanten/contracts';
import { MUNICIPALITY_KINDS } from '@bussanten/contracts';
import {
  AREA_KM2_RULES,
  POPULATION_RULES,
  calendarDateRule,
  firstRuleDetail,
  httpUrlRule,
  kanaReadingRule,
  localGovernmentCodeRule,
  prefectureByCode,
  ruleDetail,
  normalizeTyped,
} from '@bussanten/domain';

/** What the form holds: exactly what the user typed, so nothing is lost when the API says no. */
export interface MunicipalityFormValues {
  name: string;
  reading: string;
  nameEn: string;
  prefectureCode: string;
  kind: string;
  localGovernmentCode: string;
  population: string;
  populationAsOf: string;
  populationSource: string;
  areaKm2: string;
  areaAsOf: string;
  areaSource: string;
  website: string;
  notes: string;
}

export type MunicipalityField = keyof MunicipalityFormValues;

export const MUNICIPALITY_FIELDS: readonly MunicipalityField[] = [
  'name',
  'reading',
  'nameEn',
  'prefectureCode',
  'kind',
  'localGovernmentCode',
  'population',
  'populationAsOf',
  'populationSource',
  'areaKm2',
  'areaAsOf',
  'areaSource',
  'website',
  'notes',
];

export const EMPTY_MUNICIPALITY_FORM: MunicipalityFormValues = {
  name: '',
  reading: '',
  nameEn: '',
  prefectureCode: '',
  kind: '',
  localGovernmentCode: '',
  population: '',
  populationAsOf: '',
  populationSource: '',
  areaKm2: '',
  areaAsOf: '',
  areaSource: '',
  website: '',
  notes: '',
};

export function valuesFromMunicipality(m: Municipality): MunicipalityFormValues {
  return {
    name: m.name,
    reading: m.reading,
    nameEn: m.nameEn ?? '',
    prefectureCode: String(m.prefectureCode),
    kind: m.kind,
    localGovernmentCode: m.localGovernmentCode ?? '',
    population: m.population === null ? '' : String(m.population),
    populationAsOf: m.populationAsOf ?? '',
    populationSource: m.populationSource ?? '',
    areaKm2: m.areaKm2 === null ? '' : String(m.areaKm2),
    areaAsOf: m.areaAsOf ?? '',
    areaSource: m.areaSource ?? '',
    website: m.website ?? '',
    notes: m.notes ?? '',
  };
}

/**
 * A number as people type it: full-width digits, thousands separators and spaces are fine
 * ('４４，９０５' → 44905). null for an empty box, NaN for anything that is not a number.
 */
export function parseNumberInput(text: string): number | null {
  const plain = normalizeTyped(text).replace(/[,\s]/g, '');
  if (plain === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return Number.NaN;
  return Number(plain);
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Problems the browser can see before asking the API, as the API would name them; the rules the API
 * checks too are libs/domain's shared rules, called here on what the request would send.
 */
export function validateMunicipalityForm(v: MunicipalityFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const add = (field: MunicipalityField, rule: string, message: string) => out.push({ field, rule, message });
  const keep = (detail: ApiErrorDetail | null) => void (detail && out.push(detail));
  if (v.name.trim() === '') add('name', 'required', 'name is required');
  if (v.reading.trim() === '') add('reading', 'required', 'reading is required');
  else keep(ruleDetail(kanaReadingRule, 'reading', v.reading.trim()));
  if (v.prefectureCode === '' || !prefectureByCode(Number(v.prefectureCode))) add('prefectureCode', 'required', 'prefectureCode is required');
  if (!(MUNICIPALITY_KINDS as readonly string[]).includes(v.kind)) add('kind', 'required', 'kind is required');
  const code = v.localGovernmentCode.normalize('NFKC').trim();
  if (code !== '') keep(ruleDetail(localGovernmentCodeRule, 'localGovernmentCode', code));
  const population = parseNumberInput(v.population);
  if (population !== null) keep(firstRuleDetail(POPULATION_RULES, 'population', population));
  const area = parseNumberInput(v.areaKm2);
  if (area !== null) keep(firstRuleDetail(AREA_KM2_RULES, 'areaKm2', area));
  for (const field of ['populationAsOf', 'areaAsOf'] as const) {
    const day = v[field].trim();
    if (day !== '') keep(ruleDetail(calendarDateRule, field, day));
  }
  const website = v.website.trim();
  if (website !== '') keep(ruleDetail(httpUrlRule, 'website', website));
  return out;
}

/** The request body; call only when validateMunicipalityForm found nothing. Empty optional boxes clear the field. */
export function toMunicipalityInput(v: MunicipalityFormValues): MunicipalityInput {
  return {
    name: v.name.trim(),
    reading: v.reading.trim(),
    nameEn: optionalText(v.nameEn),
    prefectureCode: Number(v.prefectureCode),
    kind: v.kind as MunicipalityKind,
    localGovernmentCode: optionalText(v.localGovernmentCode.normalize('NFKC')),
    population: parseNumberInput(v.population),
    populationAsOf: optionalText(v.populationAsOf),
    populationSource: optionalText(v.populationSource),
    areaKm2: parseNumberInput(v.areaKm2),
    areaAsOf: optionalText(v.areaAsOf),
    areaSource: optionalText(v.areaSource),
    website: optionalText(v.website),
    notes: optionalText(v.notes),
  };
}
