import { newBoothValues, parseDecimal, suggestCode, toBoothInputFromForm, validateBoothForm, valuesFromBooth } from './booth-form-model';
import { copySources } from './copy-sources';

describe('booth form', () => {
  it('suggests the next code after the highest one', () => {
    expect(suggestCode([])).toBe('A1');
    expect(suggestCode([{ code: 'A1' }, { code: 'A2' }, { code: 'B1' }])).toBe('A3');
    expect(suggestCode([{ code: 'entrance' }])).toBe('A1');
  });

  it('reads numbers typed in full width', () => {
    expect(parseDecimal('２．５')).toBe(2.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('2m')).toBeNaN();
  });

  it("checks what the API's BoothDto checks", () => {
    const v = { ...newBoothValues({ x: 0, y: 0 }, 'A 1'), width: '0.2', depth: '2.555', powerWatts: '1500.5', x: '' };
    expect(validateBoothForm(v).map((p) => `${p.field}:${p.rule}`)).toEqual(['code:matches', 'x:required', 'width:min', 'depth:isNumber', 'powerWatts:isInt']);
  });

  it('builds a BoothInput with the tags in the contract order', () => {
    const v = {
      ...valuesFromBooth({
        code: 'A1',
        x: 1,
        y: 2,
        width: 3,
        depth: 2,
        powerWatts: 1500,
        fridge: true,
        freezer: false,
        water: false,
        cookingAllowed: true,
        tags: [],
      }),
      tags: ['nearEntrance' as const, 'corner' as const],
    };
    expect(validateBoothForm(v)).toEqual([]);
    expect(toBoothInputFromForm(v)).toEqual({
      code: 'A1',
      x: 1,
      y: 2,
      width: 3,
      depth: 2,
      powerWatts: 1500,
      fridge: true,
      freezer: false,
      water: false,
      cookingAllowed: true,
      tags: ['corner', 'nearEntrance'],
      prime: 0,
      zone: null,
    });
  });

  it.each<[string, string | null, string | null]>([
    ['入口側', '入口側', null],
    ['\u3000A列 ', 'A列', null],
    ['   ', null, null],
    ['', null, null],
    ['あ'.repeat(30), 'あ'.repeat(30), null],
    [`${'あ'.repeat(31)} `, null, 'zone:maxLength'],
  ])('reads the zone %p as %p (problem: %p), trimmed as the API stores it', (typed, stored, problem) => {
    const v = { ...newBoothValues(null, 'A1'), zone: typed };
    expect(validateBoothForm(v).map((p) => `${p.field}:${p.rule}`)).toEqual(problem ? [problem] : []);
    if (!problem) expect(toBoothInputFromForm(v).zone).toBe(stored);
  });

  it('keeps a booth’s zone through the form', () => {
    const b = { ...newBoothValues(null, 'A1'), zone: '入口側' };
    expect(valuesFromBooth(toBoothInputFromForm(b)).zone).toBe('入口側');
    expect(newBoothValues(null, 'A1').zone).toBe('');
  });

  it('reads a code and numbers typed with the IME on as the API stores them', () => {
    const v = { ...newBoothValues(null, 'A1'), code: 'ｂ－１２', x: '１．５', powerWatts: '１５００' };
    expect(validateBoothForm(v)).toEqual([]);
    expect(toBoothInputFromForm(v)).toMatchObject({ code: 'B-12', x: 1.5, powerWatts: 1500 });
  });

  it.each([
    [undefined, 0],
    [0, 0],
    [2, 2],
    [3, 3],
  ])('keeps the footfall %s of a booth through the form as %s (none means quiet)', (prime, expected) => {
    const b = {
      code: 'A1',
      x: 1,
      y: 2,
      width: 3,
      depth: 2,
      powerWatts: 0,
      fridge: false,
      freezer: false,
      water: false,
      cookingAllowed: false,
      tags: [],
      ...(prime === undefined ? {} : { prime }),
    };
    expect(valuesFromBooth(b).prime).toBe(expected);
    expect(toBoothInputFromForm(valuesFromBooth(b)).prime).toBe(expected);
  });

  it('starts a new booth as quiet', () => {
    expect(newBoothValues(null, 'A1').prime).toBe(0);
  });

  it('offers earlier fairs as sources to copy a plan from, latest first', () => {
    const f = (id: string, firstDay: string) => ({
      id,
      firstDay,
      slug: id,
      title: id,
      titleEn: null,
      status: 'draft' as const,
      visible: false,
      releasedVersion: null,
      lastDay: firstDay,
      venueName: '',
      roomName: '',
    });
    expect(
      copySources([f('a', '2022-02-18'), f('self', '2024-02-16'), f('b', '2023-02-17'), f('later', '2025-01-01')], { id: 'self', firstDay: '2024-02-16' }).map(
        (x) => x.id,
      ),
    ).toEqual(['b', 'a']);
  });
});
