import { parseWholeNumber, salesValuesOf, toSalesInput } from './sales-model';

describe('parseWholeNumber', () => {
  it.each<[string, number | null]>([
    ['12800', 12800],
    ['12,800', 12800],
    ['１２，８００', 12800],
    ['0', 0],
    ['3000円', 3000],
    ['-1', null],
    ['12.5', null],
    ['abc', null],
    ['', null],
    ['1234567890', null],
  ])('%s', (text, n) => {
    expect(parseWholeNumber(text)).toBe(n);
  });
});

describe('toSalesInput', () => {
  it('sends whole numbers, with product lines only when there are some', () => {
    expect(toSalesInput({ salesYen: '128,000', customers: '54', products: [] })).toEqual({ input: { salesYen: 128000, customers: 54 }, problems: [] });
    expect(toSalesInput({ salesYen: '3000', customers: '2', products: [{ product: '1', quantity: '3', amountYen: '3000' }] }).input).toEqual({
      salesYen: 3000,
      customers: 2,
      products: [{ product: 1, quantity: 3, amountYen: 3000 }],
    });
  });

  it('names each bad field as the API does', () => {
    const { input, problems } = toSalesInput({ salesYen: '-5', customers: '', products: [{ product: '', quantity: '1.5', amountYen: '10' }] });
    expect(input).toBeNull();
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual([
      'salesYen:isInt',
      'customers:required',
      'products.0.product:required',
      'products.0.quantity:isInt',
    ]);
  });

  it('starts from an entry already made', () => {
    const values = salesValuesOf({
      applicationId: 'a',
      date: '2027-02-19',
      salesYen: 1000,
      customers: 3,
      products: [{ product: 0, quantity: 2, amountYen: 1000, name: 'さんま' }],
      enteredOnBehalf: false,
      enteredByName: null,
      updatedAt: '2027-02-19T10:00:00.000Z',
    });
    expect(values).toEqual({ salesYen: '1000', customers: '3', products: [{ product: '0', quantity: '2', amountYen: '1000' }] });
  });
});
