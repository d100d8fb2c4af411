import type { Guest } from '@bussanten/contracts';
import { EMPTY_GUEST_FORM, ownerFromGuest, toGuestInput, validateGuestForm, valuesFromGuest } from './guest-form-model';

describe('guest form', () => {
  const filled = { ...EMPTY_GUEST_FORM, name: ' ハタチの龍馬 ', kind: 'ambassador', contact: '観光協会 03-0000-0000' };

  it('asks for a name, a kind and, for a municipality’s guest, the municipality', () => {
    expect(validateGuestForm(EMPTY_GUEST_FORM, { kind: 'host' }).map((d) => d.field)).toEqual(['name', 'kind']);
    expect(validateGuestForm(filled, { kind: 'host' })).toEqual([]);
    expect(validateGuestForm(filled, { kind: 'municipality', id: null, name: null }).map((d) => d.field)).toEqual(['ownerMunicipalityId']);
    expect(validateGuestForm({ ...filled, name: 'あ'.repeat(101) }, { kind: 'host' }).map((d) => d.rule)).toEqual(['maxLength']);
  });

  it('sends blanks as null and the owner as an id', () => {
    expect(toGuestInput(filled, { kind: 'municipality', id: 'm1', name: '宮古市' })).toEqual({
      name: 'ハタチの龍馬',
      nameEn: null,
      kind: 'ambassador',
      ownerMunicipalityId: 'm1',
      profile: null,
      profileEn: null,
      contact: '観光協会 03-0000-0000',
    });
  });

  it('starts editing from the saved guest', () => {
    const g: Guest = {
      id: 'g',
      name: '龍馬',
      nameEn: 'Ryoma',
      kind: 'mascot',
      ownerMunicipalityId: null,
      ownerName: '品川区',
      profile: null,
      profileEn: null,
      contact: null,
      photoUrl: null,
    };
    expect(valuesFromGuest(g)).toEqual({ name: '龍馬', nameEn: 'Ryoma', kind: 'mascot', profile: '', profileEn: '', contact: '' });
    expect(ownerFromGuest(g)).toEqual({ kind: 'host' });
    expect(ownerFromGuest({ ...g, ownerMunicipalityId: 'm1', ownerName: '宮古市' })).toEqual({ kind: 'municipality', id: 'm1', name: '宮古市' });
  });
});
