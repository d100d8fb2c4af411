import type { Application, PreviousApplication } from '@bussanten/contracts';
import {
  allOpenDaysChosen,
  copyFromPrevious,
  emptyApplicationForm,
  parseAmount,
  rowIndexOf,
  toApplicationInput,
  toDraftInput,
  toggleAllDays,
  validateApplicationForm,
  validateDraftForm,
  valuesFromApplication,
  type ApplicationFormValues,
} from './form-model';

const DAYS = [
  { date: '2023-02-17', opens: '10:00', closes: '20:00' },
  { date: '2023-02-18', opens: null, closes: null },
  { date: '2023-02-19', opens: '10:00', closes: '18:00' },
];

function filled(change: Partial<ApplicationFormValues> = {}): ApplicationFormValues {
  const v = emptyApplicationForm();
  return {
    ...v,
    days: ['2023-02-19', '2023-02-17'],
    products: [{ ...v.products[0]!, name: 'さんま', category: 'seafood', priceMin: '500', priceMax: '1,200', food: true }],
    permitStatus: 'notNeeded',
    staffCount: '2',
    staff: [{ ...v.staff[0]!, name: '宮古 太郎', phone: '0193-00-0000' }],
    ...change,
  };
}
const fields = (v: ApplicationFormValues) => validateApplicationForm(v, DAYS).map((d) => `${d.field}:${d.rule}`);

describe('application form model', () => {
  it('reads amounts typed with commas or full-width digits', () => {
    expect(parseAmount('1,500')).toBe(1500);
    expect(parseAmount('１５００')).toBe(1500);
    expect(parseAmount(' ')).toBeNull();
    expect(parseAmount('abc')).toBeNaN();
  });

  it('accepts a complete form and builds the body, days sorted and blank rows dropped', () => {
    const v = filled();
    v.products.push({ key: 99, name: '', nameEn: '', category: '', priceMin: '', priceMax: '', food: false, alcohol: false });
    expect(fields(v)).toEqual([]);
    const input = toApplicationInput(v);
    expect(input.days).toEqual(['2023-02-17', '2023-02-19']);
    expect(input.products).toEqual([{ name: 'さんま', nameEn: null, category: 'seafood', priceMin: 500, priceMax: 1200, food: true, alcohol: false }]);
    expect(input.needs).toEqual({ minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false, cooking: false });
    expect(input.permit).toEqual({ status: 'notNeeded', number: null, healthCentre: null });
    expect(input.staffCount).toBe(2);
    expect(input.loadInTime).toBeNull();
  });

  it('needs a day, a permit answer and a staff count', () => {
    expect(fields({ ...emptyApplicationForm() })).toEqual(['days:arrayMinSize', 'products:arrayMinSize', 'permit.status:required', 'staffCount:required']);
  });

  it('refuses a closed day with the domain’s own rule', () => {
    expect(fields(filled({ days: ['2023-02-18'] }))).toEqual(['days.0:closedDay']);
  });

  it('takes phone numbers as the API does', () => {
    const v = filled();
    v.staff = [
      { key: 1, name: 'a', phone: '090-1234-5678' },
      { key: 2, name: 'b', phone: 'call me' },
    ];
    expect(fields(v)).toEqual(['staff.1.phone:matches']);
  });

  it('takes phone numbers and times typed with the IME on, and sends them as ASCII', () => {
    const v = filled();
    v.staff = [{ key: 1, name: 'a', phone: '０９０ー１２３４－５６７８' }];
    v.loadInTime = '０８：３０';
    v.products = [{ key: 1, name: '塩辛', nameEn: '', category: 'seafood', priceMin: '１，２００', priceMax: '２０００', food: true, alcohol: false }];
    expect(fields(v)).toEqual([]);
    expect(toApplicationInput(v)).toMatchObject({
      staff: [{ name: 'a', phone: '090-1234-5678' }],
      loadInTime: '08:30',
      products: [{ priceMin: 1200, priceMax: 2000 }],
    });
  });

  it('checks each filled product row, numbered as sent', () => {
    const v = filled();
    v.products = [
      { key: 1, name: '', nameEn: '', category: '', priceMin: '', priceMax: '', food: false, alcohol: false },
      { key: 2, name: '', nameEn: '', category: 'sweets', priceMin: 'x', priceMax: '', food: false, alcohol: false },
    ];
    expect(fields(v)).toEqual(['products.0.name:required', 'products.0.priceMin:isInt']);
    expect(rowIndexOf('products.0.name', 'products')).toBe(0);
    expect(rowIndexOf('staff.3', 'staff')).toBe(3);
    expect(rowIndexOf('staffCount', 'staff')).toBeNull();
  });

  it('applies the domain’s cross-field rules: prices, permit when held, staff within the count', () => {
    const v = filled({ permitStatus: 'held', staffCount: '1' });
    v.products = [{ ...v.products[0]!, priceMin: '900', priceMax: '500' }];
    v.staff = [
      { key: 1, name: 'a', phone: '090-1111-1111' },
      { key: 2, name: 'b', phone: '090-2222-2222' },
    ];
    expect(fields(v)).toEqual([
      'products.0.priceMax:atLeastMin',
      'permit.number:requiredWhenHeld',
      'permit.healthCentre:requiredWhenHeld',
      'staff:atMostStaffCount',
    ]);
  });

  it('sends a permit number only while the permit is held', () => {
    const v = filled({ permitStatus: 'toBeArranged', permitNumber: '第1号', permitHealthCentre: '宮古保健所' });
    expect(toApplicationInput(v).permit).toEqual({ status: 'toBeArranged', number: null, healthCentre: null });
    expect(toApplicationInput({ ...v, permitStatus: 'held' }).permit).toEqual({ status: 'held', number: '第1号', healthCentre: '宮古保健所' });
  });

  it('starts an edit from what was sent', () => {
    const sent = toApplicationInput(filled({ minAreaM2: '6', powerWatts: '1500', fridge: true, loadInTime: '08:30' }));
    const app = { ...sent, id: 'a' } as unknown as Application;
    const again = valuesFromApplication(app);
    expect(again.minAreaM2).toBe('6');
    expect(again.powerWatts).toBe('1500');
    expect(again.loadInTime).toBe('08:30');
    expect(toApplicationInput(again)).toEqual(sent);
  });

  it('selects every open day (never a closed one), and clears them all once all are chosen', () => {
    const none = filled({ days: [] });
    expect(allOpenDaysChosen(none, DAYS)).toBe(false);
    const all = toggleAllDays(none, DAYS);
    expect(all.days).toEqual(['2023-02-17', '2023-02-19']);
    expect(allOpenDaysChosen(all, DAYS)).toBe(true);
    expect(fields(all)).toEqual([]);
    expect(toggleAllDays(all, DAYS).days).toEqual([]);
    // Some chosen: the control chooses the rest.
    expect(toggleAllDays(filled({ days: ['2023-02-19'] }), DAYS).days).toEqual(['2023-02-17', '2023-02-19']);
    expect(allOpenDaysChosen(none, [])).toBe(false);
  });

  it('saves a draft with anything missing, refusing only what could not be stored', () => {
    const empty = emptyApplicationForm();
    expect(validateDraftForm(empty)).toEqual([]);
    const v = { ...empty, note: 'あとで', products: [{ ...empty.products[0]!, name: '塩辛' }] };
    expect(toDraftInput(v)).toMatchObject({
      days: [],
      products: [{ name: '塩辛', category: null, priceMin: null }],
      permit: { status: null, number: null, healthCentre: null },
      staffCount: null,
      note: 'あとで',
    });
    const bad = {
      ...empty,
      products: [{ ...empty.products[0]!, name: 'x'.repeat(101), priceMin: 'abc' }],
      staffCount: '1.5',
      note: 'x'.repeat(2001),
      loadInTime: '25:00',
    };
    expect(validateDraftForm(bad).map((d) => `${d.field}:${d.rule}`)).toEqual([
      'products.0.name:maxLength',
      'products.0.priceMin:isInt',
      'staffCount:isInt',
      'note:maxLength',
      'loadInTime:matches',
    ]);
    // Submitting the same draft applies every rule.
    expect(fields(v)).toEqual(['days:arrayMinSize', 'products.0.category:required', 'permit.status:required', 'staffCount:required']);
  });

  it('continues a draft from what was saved, blanks kept blank', () => {
    const saved = { ...toDraftInput({ ...emptyApplicationForm(), days: ['2023-02-17'] }), id: 'd', status: 'draft' } as unknown as Application;
    const again = valuesFromApplication(saved);
    expect(again).toMatchObject({ days: ['2023-02-17'], permitStatus: '', staffCount: '', cooking: false });
    expect(again.products).toHaveLength(1);
  });

  it('sends the English product name and the cooking need', () => {
    const v = filled({ cooking: true });
    v.products = [{ ...v.products[0]!, nameEn: ' Saury ' }];
    const input = toApplicationInput(v);
    expect(input.products[0]).toMatchObject({ name: 'さんま', nameEn: 'Saury' });
    expect(input.needs.cooking).toBe(true);
    v.products = [{ ...v.products[0]!, nameEn: 'x'.repeat(101) }];
    expect(fields(v)).toEqual(['products.0.nameEn:maxLength']);
  });

  it('sends the PR texts trimmed, none as null, and refuses them over 400 characters', () => {
    const v = filled({ prText: '  さんまをどうぞ ', prTextEn: '' });
    expect(toApplicationInput(v)).toMatchObject({ prText: 'さんまをどうぞ', prTextEn: null });
    expect(fields({ ...v, prText: 'あ'.repeat(401) })).toEqual(['prText:maxLength']);
  });

  it('copies an earlier application’s products, needs, permit, staff, vehicle, note and PR texts, keeping the days', () => {
    const previous: PreviousApplication = {
      applicationId: 'p',
      fairId: 'f',
      fairTitle: '交流都市地方物産展',
      products: [{ name: '塩辛', nameEn: 'Salted squid', category: 'seafood', priceMin: 500, priceMax: null, food: true, alcohol: false }],
      needs: { minAreaM2: 6, powerWatts: 1000, fridge: true, freezer: false, water: false, cooking: true },
      permit: { status: 'held', number: '岩手第1号', healthCentre: '宮古保健所' },
      staffCount: 3,
      staff: [{ name: '宮古 一郎', phone: '090-1111-2222' }],
      vehicle: '軽トラック 1台',
      note: '前回のメモ',
      prText: '朝獲れのさんまをどうぞ',
      prTextEn: 'Try our morning-caught saury',
    };
    const v = filled({ days: ['2023-02-19'], loadInTime: '09:00' });
    const copied = copyFromPrevious(v, previous);
    expect(copied).toMatchObject({
      days: ['2023-02-19'],
      loadInTime: '09:00',
      minAreaM2: '6',
      powerWatts: '1000',
      fridge: true,
      cooking: true,
      permitStatus: 'held',
      permitNumber: '岩手第1号',
      staffCount: '3',
      vehicle: '軽トラック 1台',
      note: '前回のメモ',
      prText: '朝獲れのさんまをどうぞ',
      prTextEn: 'Try our morning-caught saury',
    });
    expect(copied.products.map((p) => [p.name, p.nameEn, p.category, p.priceMin, p.priceMax])).toEqual([['塩辛', 'Salted squid', 'seafood', '500', '']]);
    expect(copied.staff.map((s) => [s.name, s.phone])).toEqual([['宮古 一郎', '090-1111-2222']]);
    expect(fields(copied)).toEqual([]);
  });
});
