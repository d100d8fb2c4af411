import type { AuditEntry } from '@bussanten/contracts';
import { MAX_VALUE_LENGTH, auditChangeRows, auditEntityName, auditFieldLabel, auditNameOf, auditValueWords, type AuditWording } from './audit-words';

const MIYAKO = '0b7c3c1e-4a7e-4d55-9d0a-1f1e2d3c4b5a';
const BOOTH = '1c8d4d2f-5b8f-4e66-8e1b-2a2f3e4d5c6b';
const GONE = '2d9e5e30-6c90-4f77-9f2c-3b304f5e6d7c';
const NAMES = {
  [MIYAKO]: { name: '宮古市', nameEn: 'Miyako' },
  [BOOTH]: { name: 'A-12（交流都市物産展）', nameEn: 'A-12 (Partner cities fair)' },
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const ja = (entityType: string): AuditWording => ({ lang: 'ja', names: NAMES, entityType });
const en = (entityType: string): AuditWording => ({ lang: 'en', names: NAMES, entityType });

describe('auditFieldLabel: the forms’ own labels', () => {
  it.each([
    ['municipality', 'population', 'ja', '人口'],
    ['municipality', 'areaKm2', 'en', 'Area (km²)'],
    ['municipality', 'changedBy', 'ja', '変更した主催者'],
    ['fair', 'roomId', 'ja', '会場の部屋'],
    ['booth', 'powerWatts', 'ja', '電源（W）'],
    ['application', 'status', 'ja', '状態'],
    ['application', 'booth', 'ja', 'ブースと期間'],
    ['guest', 'ownerMunicipalityId', 'ja', '所属'],
    ['agreement', 'signedOn', 'ja', '締結日'],
    ['survey', 'answers', 'ja', 'answers'], // a record the UI does not know: the field's code
  ] as const)('%s.%s in %s → %s', (type, field, lang, expected) => {
    expect(auditFieldLabel(type, field, lang)).toBe(expected);
  });
});

describe('auditValueWords: values as the rest of the UI shows them', () => {
  it.each([
    ['null', 'municipality', 'notes', null, ja, '（なし）'],
    ['an empty text', 'municipality', 'notes', '', en, '(none)'],
    ['a text, its spaces tidied', 'municipality', 'notes', '  two\n lines  ', ja, 'two lines'],
    ['a fair status', 'fair', 'status', 'accepting', ja, '申込受付中'],
    ['an application status', 'application', 'status', 'accepted', ja, '承認'],
    ['an application status (en)', 'application', 'status', 'waitlisted', en, 'Waitlisted'],
    ['an appearance status', 'appearance', 'status', 'cancelled', ja, '中止'],
    ['a municipality kind', 'municipality', 'kind', 'town', ja, '町'],
    ['a guest kind', 'guest', 'kind', 'mascot', ja, 'ゆるキャラ'],
    ['an agreement kind', 'agreement', 'kind', 'disaster_aid', ja, '災害時相互援助協定'],
    ['a role', 'invitation', 'role', 'representative', ja, '自治体担当者'],
    ['a permit', 'application', 'permit', 'held', ja, '取得済み'],
    ['a status of an unknown kind of record', 'survey', 'status', 'open', ja, 'open'],
    ['true', 'booth', 'fridge', true, ja, 'はい'],
    ['false', 'fair', 'visible', false, en, 'No'],
    ['a population', 'municipality', 'population', 44905, ja, '44,905人'],
    ['an area', 'municipality', 'areaKm2', 1259.89, ja, '1,259.89 km²'],
    ['a prefecture', 'municipality', 'prefectureCode', 3, ja, '岩手県'],
    ['a prefecture (en)', 'municipality', 'prefectureCode', 3, en, 'Iwate'],
    ['a plain number', 'booth', 'width', 2.5, ja, '2.5'],
    ['a date, with its era', 'municipality', 'populationAsOf', '2020-10-01', ja, '2020年10月1日（令和2年10月1日）'],
    ['a date (en)', 'agreement', 'signedOn', '2002-04-01', en, '2002-04-01 (Heisei 14)'],
    ['an instant, in Japan time', 'fair', 'applicationsOpenAt', '2026-11-24T08:05:00.000Z', ja, '2026年11月24日 17:05'],
    ['days', 'application', 'days', ['2027-02-19', '2027-02-20'], ja, '2月19日(金)、2月20日(土)'],
    ['an id, by name', 'guest', 'ownerMunicipalityId', MIYAKO, ja, '宮古市'],
    ['an id, by English name', 'guest', 'ownerMunicipalityId', MIYAKO, en, 'Miyako'],
    ['an id of something deleted', 'fair', 'fromFairId', GONE, ja, '（削除済み）'],
    ['an id of something deleted (en)', 'fair', 'roomId', GONE, en, '(deleted)'],
    ['ids', 'agreement', 'parties', [MIYAKO, GONE], ja, '宮古市、（削除済み）'],
    ['a place kept as a key', 'appearance', 'location', `booth:${BOOTH}`, ja, 'A-12（交流都市物産展）'],
    ['the whole venue', 'appearance', 'location', 'venue', ja, '会場全体'],
    ['a place', 'appearance', 'location', { kind: 'booth', boothId: BOOTH }, ja, 'A-12（交流都市物産展）'],
    ['a booth held for days', 'application', 'booth', { booth: 'A-12', from: '2027-02-19', to: '2027-02-21' }, ja, 'A-12（2月19日(金)〜2月21日(日)）'],
    [
      'booths held after a split',
      'application',
      'booth',
      [
        { booth: 'A-12', from: '2027-02-19', to: '2027-02-19' },
        { booth: 'A-12', from: '2027-02-21', to: '2027-02-21' },
      ],
      ja,
      'A-12（2月19日(金)〜2月19日(金)）、A-12（2月21日(日)〜2月21日(日)）',
    ],
    ['a fair day', 'fair', 'days', [{ date: '2027-02-19', opens: '10:00', closes: '20:00' }], ja, '2月19日(金) 10:00〜20:00'],
    ['a closed fair day', 'fair', 'days', [{ date: '2027-02-20', opens: null, closes: null, closed: true }], en, 'Sat, Feb 20 Closed'],
    ['products, by name', 'application', 'products', [{ name: 'さんま加工品', category: 'seafood', priceMin: 500 }], ja, 'さんま加工品'],
    [
      'an application’s needs',
      'application',
      'needs',
      { minAreaM2: null, powerWatts: 500, fridge: true, freezer: false, water: false },
      ja,
      '電源（W）: 500、冷蔵庫: はい',
    ],
    [
      'missing facilities',
      'application',
      'override',
      { missing: [{ facility: 'fridge' }, { facility: 'area', needed: 6, available: 4 }] },
      ja,
      '足りない設備: 冷蔵庫、広さ',
    ],
    ['rooms', 'venue', 'rooms', [{ id: GONE, name: '大ホール', widthM: 24, depthM: 18 }], ja, '名称: 大ホール、幅（m）: 24、奥行き（m）: 18'],
    ['an empty list', 'booth', 'tags', [], ja, '（なし）'],
  ] as const)('%s: %s.%s', (_what, type, field, value, wording, expected) => {
    expect(auditValueWords(field, value, wording(type))).toBe(expected);
  });

  it('cuts long values to MAX_VALUE_LENGTH characters, ending with …', () => {
    const text = auditValueWords('notes', 'あ'.repeat(500), ja('municipality'));
    expect([...text]).toHaveLength(MAX_VALUE_LENGTH);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('auditChangeRows: before and after side by side', () => {
  const entry = (entityType: string, changes: AuditEntry['changes']) => ({ entityType, changes, names: NAMES });

  it.each([
    ['a municipality edit', entry('municipality', { population: { before: 50000, after: 44905 } }), 'ja', [['人口', '50,000人', '44,905人']]],
    [
      'an application decision',
      entry('application', { status: { before: 'submitted', after: 'accepted' }, booths: { before: 1, after: 0 } }),
      'ja',
      [
        ['状態', '審査中', '承認'],
        ['割り当て中のブース数', '1', '0'],
      ],
    ],
    [
      'a booth move',
      entry('application', {
        booth: { before: { booth: 'A-1', from: '2027-02-19', to: '2027-02-20' }, after: { booth: 'B-2', from: '2027-02-19', to: '2027-02-20' } },
      }),
      'en',
      [['Booth and days', 'A-1 (Fri, Feb 19 – Sat, Feb 20)', 'B-2 (Fri, Feb 19 – Sat, Feb 20)']],
    ],
    [
      'an appearance: a row per part that changed',
      entry('appearance', {
        appearance: {
          before: { guestId: MIYAKO, date: '2027-02-19', start: '13:00', status: 'planned', location: `booth:${BOOTH}` },
          after: { guestId: MIYAKO, date: '2027-02-19', start: '14:00', status: 'confirmed', location: { kind: 'venue' } },
        },
      }),
      'ja',
      [
        ['開始', '13:00', '14:00'],
        ['状態', '予定', '確定'],
        ['場所', 'A-12（交流都市物産展）', '会場全体'],
      ],
    ],
    ['nothing recorded', entry('user', {}), 'ja', []],
  ] as const)('%s', (_what, e, lang, rows) => {
    expect(auditChangeRows(e, lang).map((r) => [r.label, r.before, r.after])).toEqual(rows);
  });

  it('shows no id, whatever the entry mentions', () => {
    const rows = auditChangeRows(
      entry('guest', { ownerMunicipalityId: { before: GONE, after: MIYAKO }, note: { before: `stage:${GONE}`, after: [GONE] } }),
      'ja',
    );
    expect(JSON.stringify(rows.map((r) => [r.label, r.before, r.after]))).not.toMatch(UUID);
  });
});

describe('auditEntityName: what the entry is about', () => {
  it.each([
    ['named now', { entityId: MIYAKO, changes: {}, names: NAMES }, 'ja', '宮古市'],
    ['named now (en)', { entityId: MIYAKO, changes: {}, names: NAMES }, 'en', 'Miyako'],
    ['deleted, as recorded', { entityId: GONE, changes: { name: { before: '監査くん', after: null } }, names: {} }, 'ja', '監査くん'],
    ['deleted, a booth by its code', { entityId: GONE, changes: { code: { before: 'C-3', after: null } }, names: {} }, 'ja', 'C-3'],
    ['deleted, nothing recorded', { entityId: GONE, changes: {}, names: {} }, 'ja', '（削除済み）'],
    ['deleted, nothing recorded (en)', { entityId: GONE, changes: { fromFairId: { before: null, after: GONE } }, names: {} }, 'en', '(deleted)'],
    ['no record', { entityId: null, changes: {}, names: {} }, 'ja', null],
  ] as const)('%s', (_what, e, lang, expected) => {
    expect(auditEntityName(e, lang)).toBe(expected);
  });

  it.each([
    [MIYAKO.toUpperCase(), 'ja', '宮古市'],
    [GONE, 'en', '(deleted)'],
  ] as const)('auditNameOf(%s, %s) → %s', (id, lang, expected) => {
    expect(auditNameOf(id, NAMES, lang)).toBe(expected);
  });
});
