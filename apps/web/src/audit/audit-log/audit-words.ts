import type { AuditChange, AuditEntry, AuditName } from '@bussanten/contracts';
import { isIsoDate, prefectureByCode } from '@bussanten/domain';
import { isMessageKey, translate, type Lang, type MessageKey } from '../../i18n/dictionaries';
import { formatArea, formatDateTime, formatNumber, formatPopulation, formatSigned } from '../../i18n/format';

/*
 * The audit log in words: field names as the forms name them, values as the rest of the UI shows
 * them (statuses, kinds, yes/no, Japanese dates with 和暦, booth codes), and every id as the name of
 * what it names (from the entry's `names`), or '(deleted)' when nothing has that id any more.
 * No id reaches the page.
 */

/** Long values (a whole notes field) are cut so one change cannot fill the screen. */
export const MAX_VALUE_LENGTH = 120;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const HAS_UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ONLY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Names = Record<string, AuditName>;

/** What a value is worded with: the language, the entry's names, and the kind of record (a status means another thing for a fair than for an application). */
export interface AuditWording {
  lang: Lang;
  names: Names;
  entityType: string;
}

const MUNICIPALITY: Record<string, MessageKey> = {
  name: 'registry.field.name',
  reading: 'registry.field.reading',
  nameEn: 'registry.field.nameEn',
  prefectureCode: 'registry.field.prefectureCode',
  kind: 'registry.field.kind',
  localGovernmentCode: 'registry.field.localGovernmentCode',
  population: 'registry.field.population',
  populationAsOf: 'registry.field.populationAsOf',
  populationSource: 'registry.field.populationSource',
  areaKm2: 'registry.field.areaKm2',
  areaAsOf: 'registry.field.areaAsOf',
  areaSource: 'registry.field.areaSource',
  website: 'registry.field.website',
  notes: 'registry.field.notes',
  changedBy: 'auditField.changedBy',
};

const BOOTH: Record<string, MessageKey> = {
  code: 'plan.field.code',
  x: 'plan.field.x',
  y: 'plan.field.y',
  width: 'plan.field.width',
  depth: 'plan.field.depth',
  powerWatts: 'plan.field.powerWatts',
  fridge: 'plan.field.fridge',
  freezer: 'plan.field.freezer',
  water: 'plan.field.water',
  cookingAllowed: 'plan.field.cookingAllowed',
  tags: 'plan.field.tags',
  prime: 'plan.field.prime',
};

const APPEARANCE: Record<string, MessageKey> = {
  appearance: 'auditEntity.appearance',
  guestId: 'timetable.field.guest',
  date: 'timetable.field.date',
  start: 'timetable.field.start',
  end: 'timetable.field.end',
  durationMinutes: 'timetable.field.duration',
  location: 'timetable.field.location',
  status: 'timetable.field.status',
  reason: 'auditField.reason',
};

/** Field labels by record type: the forms' own labels where there are any. */
const FIELD_LABELS: Record<string, Record<string, MessageKey>> = {
  municipality: MUNICIPALITY,
  fair: {
    title: 'fairs.field.title',
    titleEn: 'fairs.field.titleEn',
    slug: 'fairs.field.slug',
    roomId: 'fairs.field.room',
    description: 'fairs.field.description',
    applicationsOpenAt: 'fairs.field.applicationsOpenAt',
    applicationsCloseAt: 'fairs.field.applicationsCloseAt',
    days: 'fairs.days.legend',
    status: 'auditField.status',
    visible: 'auditField.visible',
    version: 'auditField.version',
    exhibitors: 'auditField.exhibitors',
    fromFairId: 'auditField.fromFairId',
    booths: 'auditField.boothCount',
    applications: 'auditField.applicationCount',
  },
  booth: BOOTH,
  application: {
    days: 'application.days',
    products: 'application.products',
    needs: 'application.needs',
    permit: 'application.permit',
    staffCount: 'application.staffCount',
    vehicle: 'application.vehicle',
    loadInTime: 'application.loadInTime',
    note: 'application.note',
    status: 'auditField.status',
    booths: 'auditField.boothsHeld',
    booth: 'auditField.booth',
    override: 'auditField.override',
    pinned: 'auditField.pinned',
    tieLabel: 'auditField.tieLabel',
  },
  guest: {
    name: 'guests.field.name',
    nameEn: 'guests.field.nameEn',
    kind: 'guests.field.kind',
    ownerMunicipalityId: 'guests.field.owner',
    profile: 'guests.field.profile',
    profileEn: 'guests.field.profileEn',
    travelBufferMinutes: 'auditField.travelBufferMinutes',
    photo: 'auditField.photo',
  },
  appearance: APPEARANCE,
  stage: { stage: 'auditEntity.stage', name: 'timetable.stages.name', nameEn: 'timetable.stages.nameEn', shared: 'timetable.stages.shared' },
  agreement: {
    kind: 'field.agreementKind',
    title: 'field.title',
    signedOn: 'field.signedOn',
    signedYear: 'field.signedYear',
    occasion: 'field.occasion',
    explanation: 'field.explanation',
    parties: 'field.parties',
  },
  venue: { name: 'venues.name', address: 'venues.address', rooms: 'venues.rooms' },
  invitation: { email: 'col.email', role: 'col.role', municipalityId: 'col.municipality' },
  membership: { email: 'col.email', role: 'col.role', existingAccount: 'auditField.existingAccount', disabled: 'auditField.disabled' },
  host: { name: 'hosts.field.name', disabled: 'auditField.disabled', requireSecondFactor: 'auditField.requireSecondFactor' },
  user: {
    resetLink: 'auditField.resetLink',
    remaining: 'auditField.recoveryCodesLeft',
    passkeys: 'auditField.passkeys',
    totp: 'auditField.totp',
    recoveryCodes: 'auditField.recoveryCodes',
    name: 'auditField.passkeyName',
  },
  webhook: { url: 'auditField.url' },
};

/** Labels of the parts of a recorded object (an application's needs, a venue's rooms, an appearance, a facility a booth lacked). */
const PART_LABELS: Record<string, MessageKey> = {
  ...APPEARANCE,
  minAreaM2: 'apply.minArea',
  powerWatts: 'plan.field.powerWatts',
  fridge: 'plan.field.fridge',
  freezer: 'plan.field.freezer',
  water: 'plan.field.water',
  name: 'venues.roomName',
  widthM: 'venues.widthM',
  depthM: 'venues.depthM',
  nameEn: 'timetable.stages.nameEn',
  shared: 'timetable.stages.shared',
  area: 'auditField.area',
  power: 'plan.field.powerWatts',
  missing: 'auditField.missing',
};

/** 'population' of a municipality → '人口'; a field no form names keeps its code. */
export function auditFieldLabel(entityType: string, field: string, lang: Lang): string {
  const key = FIELD_LABELS[entityType]?.[field] ?? (field === 'changedBy' ? MUNICIPALITY['changedBy'] : undefined);
  return key ? translate(lang, key) : field;
}

function partLabel(part: string, lang: Lang): string {
  const key = PART_LABELS[part];
  return key ? translate(lang, key) : part;
}

/** The name of a record by id in `lang`, or '(deleted)' when it is not there any more. */
export function auditNameOf(id: string, names: Names, lang: Lang): string {
  const found = names[id] ?? names[id.toLowerCase()];
  if (!found) return translate(lang, 'audit.deleted');
  return lang === 'en' && found.nameEn ? found.nameEn : found.name;
}

/** A status, kind or role in words, by what it is of; null when the value is none of those. */
function enumWords(field: string, value: string, w: AuditWording): string | null {
  const families: Record<string, string | undefined> = {
    status: { fair: 'fairs.status', application: 'appStatus', appearance: 'timetable.status' }[w.entityType],
    kind: { municipality: 'municipalityKind', agreement: 'agreementKind', guest: 'guests.kind' }[w.entityType],
    role: 'role',
    permit: 'permit',
    category: 'category',
  };
  const family = families[field];
  const key = family ? `${family}.${value}` : '';
  return family && isMessageKey(key) ? translate(w.lang, key) : null;
}

/** 'YYYY-MM-DD' → '2027年2月19日（令和9年2月19日）'; in a list of days the short '2月19日(金)'. */
function dateWords(iso: string, lang: Lang, short: boolean): string {
  return short ? translate(lang, 'date.day', { day: iso }) : formatSigned({ signedOn: iso, signedYear: null }, lang);
}

function textWords(field: string, text: string, w: AuditWording, inList: boolean): string {
  if (text === '') return translate(w.lang, 'audit.none');
  const named = enumWords(field, text, w);
  if (named) return named;
  if (isIsoDate(text)) return dateWords(text, w.lang, inList);
  if (INSTANT.test(text)) return formatDateTime(text, w.lang);
  if (text === 'venue' && field === 'location') return translate(w.lang, 'timetable.venue');
  if (ONLY_UUID.test(text)) return auditNameOf(text, w.names, w.lang);
  // 'booth:<id>' (an appearance's place) → the booth's name.
  const replaced = text.replace(UUID, (id) => auditNameOf(id, w.names, w.lang));
  return /^(booth|stage):/.test(replaced) ? replaced.replace(/^(booth|stage):/, '') : replaced;
}

function numberWords(field: string, n: number, w: AuditWording): string {
  if (field === 'prefectureCode') {
    const p = prefectureByCode(n);
    if (p) return w.lang === 'en' ? p.nameEn : p.name;
  }
  if (field === 'population') return formatPopulation(n, w.lang);
  if (field === 'areaKm2') return formatArea(n, w.lang);
  if (field === 'photo' || field === 'totp') return translate(w.lang, n ? 'audit.yes' : 'audit.no');
  return formatNumber(n, w.lang, 2);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects the log records whole: a booth held for some days, a day of a fair, a place, a product, a facility missing. */
function objectWords(field: string, o: Record<string, unknown>, w: AuditWording): string {
  const { lang } = w;
  if (typeof o['booth'] === 'string' && typeof o['from'] === 'string' && typeof o['to'] === 'string') {
    return translate(lang, 'audit.boothDays', { booth: o['booth'], from: o['from'], to: o['to'] });
  }
  if (typeof o['date'] === 'string' && isIsoDate(o['date']) && 'opens' in o) {
    const day = dateWords(o['date'], lang, true);
    return o['closed']
      ? `${day} ${translate(lang, 'fairs.days.closed')}`
      : `${day} ${translate(lang, 'fairs.hours', { opens: String(o['opens']), closes: String(o['closes']) })}`;
  }
  if (o['kind'] === 'booth' || o['kind'] === 'stage') return auditNameOf(String(o['boothId'] ?? o['stageId'] ?? ''), w.names, lang);
  if (o['kind'] === 'venue') return translate(lang, 'timetable.venue');
  if (field === 'products' && typeof o['name'] === 'string') return o['name'];
  if (typeof o['facility'] === 'string') return partLabel(o['facility'], lang);
  return Object.entries(o)
    .filter(([k, v]) => k !== 'id' && v !== null && v !== undefined && v !== false && v !== '')
    .map(([k, v]) => `${partLabel(k, lang)}: ${valueWords(k, v, w, false)}`)
    .join(listSeparator(lang));
}

const listSeparator = (lang: Lang) => (lang === 'ja' ? '、' : ', ');

function valueWords(field: string, value: unknown, w: AuditWording, inList: boolean): string {
  if (value === null || value === undefined) return translate(w.lang, 'audit.none');
  if (typeof value === 'boolean') return translate(w.lang, value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') return numberWords(field, value, w);
  if (typeof value === 'string') return textWords(field, value.replace(/\s+/g, ' ').trim(), w, inList);
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => valueWords(field, v, w, true)).join(listSeparator(w.lang)) : translate(w.lang, 'audit.none');
  }
  if (isObject(value)) return objectWords(field, value, w) || translate(w.lang, 'audit.none');
  return String(value);
}

/** One recorded value in words, cut to MAX_VALUE_LENGTH characters. */
export function auditValueWords(field: string, value: unknown, w: AuditWording): string {
  const text = valueWords(field, value, w, false);
  return [...text].length > MAX_VALUE_LENGTH ? `${[...text].slice(0, MAX_VALUE_LENGTH - 1).join('')}…` : text;
}

/** One row of an entry's before-and-after table. */
export interface AuditChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** Changes recorded as one object (an appearance, a stage): a row per part that differs. */
const WHOLE_RECORDS = new Set(['appearance', 'stage']);

function partRows(field: string, change: AuditChange, w: AuditWording): AuditChangeRow[] {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  const parts = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return parts
    .filter((p) => JSON.stringify(before[p] ?? null) !== JSON.stringify(after[p] ?? null))
    .map((p) => ({
      key: `${field}.${p}`,
      label: partLabel(p, w.lang),
      before: auditValueWords(p, before[p], w),
      after: auditValueWords(p, after[p], w),
    }));
}

/** The entry's changes as rows of 項目 / 変更前 / 変更後, in the order the log recorded them. */
export function auditChangeRows(entry: Pick<AuditEntry, 'entityType' | 'changes' | 'names'>, lang: Lang): AuditChangeRow[] {
  const w: AuditWording = { lang, names: entry.names ?? {}, entityType: entry.entityType };
  return Object.entries(entry.changes ?? {}).flatMap(([field, change]) => {
    if (WHOLE_RECORDS.has(field) && (isObject(change?.before) || isObject(change?.after))) return partRows(field, change, w);
    return [
      {
        key: field,
        label: auditFieldLabel(entry.entityType, field, lang),
        before: auditValueWords(field, change?.before, w),
        after: auditValueWords(field, change?.after, w),
      },
    ];
  });
}

/** A recorded name of the record itself ('name', 'title', 'code' before or after), for a record deleted since. */
function recordedName(changes: Record<string, AuditChange>): string | null {
  for (const field of ['name', 'title', 'code', 'url']) {
    const c = changes[field];
    const text = [c?.before, c?.after].find((v): v is string => typeof v === 'string' && v.trim() !== '' && !HAS_UUID.test(v));
    if (text) return text;
  }
  return null;
}

/** What the entry is about, by name: as named now, else as recorded when it was deleted, else '(deleted)'; null when it names no record. */
export function auditEntityName(entry: Pick<AuditEntry, 'entityId' | 'changes' | 'names'>, lang: Lang): string | null {
  if (!entry.entityId) return null;
  if (entry.names?.[entry.entityId]) return auditNameOf(entry.entityId, entry.names, lang);
  return recordedName(entry.changes ?? {}) ?? translate(lang, 'audit.deleted');
}
