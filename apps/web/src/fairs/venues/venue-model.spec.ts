import { EMPTY_VENUE_FORM, parseMetres, toVenueInput, validateVenueForm, valuesFromVenue, venueControlId, withPlace } from './venue-model';

describe('venue form', () => {
  it('reads metres typed with full-width digits or a decimal comma', () => {
    expect(parseMetres('２４．５')).toBe(24.5);
    expect(parseMetres('12,5')).toBe(12.5);
    expect(parseMetres('')).toBeNull();
    expect(parseMetres('12m')).toBeNaN();
  });

  it('checks each room, named like the API names them', () => {
    const problems = validateVenueForm({
      ...EMPTY_VENUE_FORM,
      name: '',
      address: '東京都品川区',
      rooms: [
        { name: '催事場', widthM: '0', depthM: 'x' },
        { name: '', widthM: '10', depthM: '800' },
      ],
    });
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual([
      'name:required',
      'rooms.0.widthM:min',
      'rooms.0.depthM:isNumber',
      'rooms.1.name:required',
      'rooms.1.depthM:max',
    ]);
    expect(validateVenueForm({ ...EMPTY_VENUE_FORM, name: 'a', address: 'b', rooms: [] }).map((p) => p.field)).toEqual(['rooms']);
  });

  it('holds the sides to the rules the API holds them to (at most one decimal, 1 to 500 m)', () => {
    const problems = validateVenueForm({
      ...EMPTY_VENUE_FORM,
      name: 'a',
      address: 'b',
      rooms: [
        { name: 'c', widthM: '12.55', depthM: '0.5' },
        { name: 'd', widthM: '１', depthM: '500' },
      ],
    });
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual(['rooms.0.widthM:isNumber', 'rooms.0.depthM:min']);
  });

  it('keeps the ids of saved rooms and sends new ones without', () => {
    const v = valuesFromVenue({
      id: 'v',
      name: 'イオンスタイル品川シーサイド',
      postalCode: null,
      prefecture: null,
      city: null,
      address: '東京都品川区東品川4-12-5',
      rooms: [{ id: 'r1', name: '地下1階催事場', widthM: 24, depthM: 16 }],
    });
    v.rooms.push({ name: '1階イベント広場', widthM: '10.5', depthM: '8' });
    expect(toVenueInput(v).rooms).toEqual([
      { id: 'r1', name: '地下1階催事場', widthM: 24, depthM: 16 },
      { name: '1階イベント広場', widthM: 10.5, depthM: 8 },
    ]);
  });

  it('points room problems at their boxes', () => {
    expect(venueControlId('rooms.1.widthM')).toBe('venue-room-1-widthM');
    expect(venueControlId('address')).toBe('venue-address');
  });

  it.each([
    ['', null, []],
    ['140-0011', '140-0011', []],
    ['１４０ー００１１', '140-0011', []],
    ['1400011', '1400011', []],
    ['140-001', null, ['postalCode:matches']],
  ])('reads the postal code %s as the API will', (typed, sent, problems) => {
    const v = { ...EMPTY_VENUE_FORM, name: '会場', address: '東大井5-18-1', postalCode: typed, rooms: [{ name: 'A', widthM: '10', depthM: '10' }] };
    expect(validateVenueForm(v).map((d) => `${d.field}:${d.rule}`)).toEqual(problems);
    if (problems.length === 0) expect(toVenueInput(v).postalCode).toBe(sent);
  });

  it('fills the prefecture and city from a postal code, and the town only into an empty address', () => {
    const place = { prefecture: '東京都', prefectureCode: 13, city: '品川区', town: '東大井' };
    expect(withPlace({ prefecture: '', city: '', address: '' }, place)).toEqual({ prefecture: '東京都', city: '品川区', address: '東大井' });
    expect(withPlace({ prefecture: '', city: '', address: '東大井5-18-1' }, place)).toEqual({ prefecture: '東京都', city: '品川区', address: '東大井5-18-1' });
  });
});
