import { Role } from '@bussanten/contracts';
import { hostName, membershipLabel, switchableMemberships } from './membership';

const shinagawa = { id: 'h1', name: '品川区', nameEn: 'Shinagawa City' };
const ota = { id: 'h2', name: '大田区', nameEn: null };
const miyako = { id: 'm1', name: '宮古市', prefecture: '岩手県', nameEn: 'Miyako' };
const unnamed = { id: 'm2', name: '早川町', prefecture: '山梨県', nameEn: null };

const operator = { id: 'op', role: Role.Operator, host: null, municipality: null };
const organizer = { id: 'org', role: Role.Organizer, host: shinagawa, municipality: null };
const repAtOta = { id: 'rep-ota', role: Role.Representative, host: ota, municipality: miyako };
const repAtShinagawa = { id: 'rep-shinagawa', role: Role.Representative, host: shinagawa, municipality: miyako };

describe('hostName', () => {
  it.each([
    [shinagawa, 'ja', '品川区'],
    [shinagawa, 'en', 'Shinagawa City'],
    [ota, 'en', '大田区'], // no English name: the Japanese one
  ] as const)('%j in %s → %s', (host, lang, expected) => {
    expect(hostName(host, lang)).toBe(expected);
  });
});

describe('membershipLabel', () => {
  it.each([
    [operator, 'ja', '運用者'],
    [operator, 'en', 'Operator'],
    [organizer, 'ja', '品川区 · 主催者'],
    [organizer, 'en', 'Shinagawa City · Organizer'],
    [repAtOta, 'ja', '大田区 · 宮古市の担当者'],
    [repAtOta, 'en', '大田区 · Representative of Miyako'],
    [repAtShinagawa, 'en', 'Shinagawa City · Representative of Miyako'],
    // no English name in the registry: the Japanese one
    [{ ...repAtShinagawa, municipality: unnamed }, 'en', 'Shinagawa City · Representative of 早川町'],
    // a representative the API sent without its municipality still names the host
    [{ ...repAtOta, municipality: null }, 'ja', '大田区 · 自治体担当者'],
  ] as const)('%j in %s → %s', (membership, lang, expected) => {
    expect(membershipLabel(membership, lang)).toBe(expected);
  });
});

describe('switchableMemberships', () => {
  it('offers nothing to a person with one membership', () => {
    expect(switchableMemberships([organizer], 'org', 'ja')).toEqual([]);
  });

  it('puts the active membership first and the others in the order of their labels', () => {
    const ids = (lang: 'ja' | 'en') => switchableMemberships([repAtShinagawa, operator, repAtOta, organizer], 'rep-ota', lang).map((m) => m.id);
    expect(ids('en')).toEqual(['rep-ota', 'op', 'org', 'rep-shinagawa']);
    expect(ids('ja')[0]).toBe('rep-ota');
    expect(ids('ja')).toHaveLength(4);
  });
});
