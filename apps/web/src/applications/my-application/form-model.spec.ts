import type { Application } from '@bussanten/contracts';
import {
  emptyApplicationForm,
  parseAmount,
  rowIndexOf,
  toApplicationInput,
  validateApplicationForm,
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
    v.products.push({ key: 99, name: '', category: '', priceMin: '', priceMax: '', food: false, alcohol: false });
    expect(fields(v)).toEqual([]);
    const input = toApplicationInput(v);
    expect(input.days).toEqual(['2023-02-17', '2023-02-19']);
    expect(input.products).toEqual([{ name: 'さんま', category: 'seafood', priceMin: 500, priceMax: 1200, food: true, alcohol: false }]);
    expect(input.needs).toEqual({ minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false });
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
    v.products = [{ key: 1, name: '塩辛', category: 'seafood', priceMin: '１，２００', priceMax: '２０００', food: true, alcohol: false }];
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
      { key: 1, name: '', category: '', priceMin: '', priceMax: '', food: false, alcohol: false },
      { key: 2, name: '', category: 'sweets', priceMin: 'x', priceMax: '', food: false, alcohol: false },
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
});
