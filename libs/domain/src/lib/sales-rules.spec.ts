import { salesDayBegun, salesDayPhase, salesInputProblems, type SalesDayPhase } from './sales-rules';

const day = { date: '2027-02-19', opens: '10:00', closes: '20:00' };

describe('salesDayPhase (Japan time, clock injected)', () => {
  it.each<[string, string, SalesDayPhase]>([
    ['the day before in Japan', '2027-02-18T14:59:59Z', 'notBegun'],
    ['the morning of the day, before opening (09:59 JST)', '2027-02-19T00:59:00Z', 'notBegun'],
    ['opening time (10:00 JST)', '2027-02-19T01:00:00Z', 'open'],
    ['during the day (15:00 JST)', '2027-02-19T06:00:00Z', 'open'],
    ['closing time (20:00 JST)', '2027-02-19T11:00:00Z', 'closed'],
    ['late evening (23:59 JST)', '2027-02-19T14:59:00Z', 'closed'],
    ['the next day', '2027-02-20T03:00:00Z', 'closed'],
    ['UTC still on the 18th but Japan on the 19th at 10:30', '2027-02-19T01:30:00Z', 'open'],
  ])('%s', (_name, instant, phase) => {
    expect(salesDayPhase(day, new Date(instant))).toBe(phase);
  });

  it('reads times with seconds as PostgreSQL gives them', () => {
    expect(salesDayPhase({ date: '2027-02-19', opens: '10:00:00', closes: '18:00:00' }, new Date('2027-02-19T09:00:00Z'))).toBe('closed');
  });

  it('a day without hours never begins', () => {
    expect(salesDayBegun({ date: '2027-02-19', opens: null, closes: null }, new Date('2027-03-01T00:00:00Z'))).toBe(false);
  });
});

describe('salesInputProblems', () => {
  it.each<[string, Record<string, unknown>, number, string[]]>([
    ['whole figures', { salesYen: 128000, customers: 54 }, 1, []],
    ['zero is a figure', { salesYen: 0, customers: 0 }, 1, []],
    ['with product lines', { salesYen: 3000, customers: 2, products: [{ product: 1, quantity: 3, amountYen: 3000 }] }, 2, []],
    ['negative yen', { salesYen: -1, customers: 3 }, 1, ['salesYen:min']],
    ['fractional yen', { salesYen: 100.5, customers: 3 }, 1, ['salesYen:isInt']],
    ['yen as text', { salesYen: '1000', customers: 3 }, 1, ['salesYen:isInt']],
    ['customers missing', { salesYen: 1000 }, 1, ['customers:isInt']],
    ['too large', { salesYen: 1_000_000_000, customers: 1 }, 1, ['salesYen:max']],
    ['product not of the application', { salesYen: 1, customers: 1, products: [{ product: 2, quantity: 1, amountYen: 1 }] }, 2, ['products.0.product:product']],
    [
      'same product twice',
      {
        salesYen: 1,
        customers: 1,
        products: [
          { product: 0, quantity: 1, amountYen: 1 },
          { product: 0, quantity: 1, amountYen: 1 },
        ],
      },
      2,
      ['products.1.product:unique'],
    ],
    ['negative quantity', { salesYen: 1, customers: 1, products: [{ product: 0, quantity: -2, amountYen: 1 }] }, 1, ['products.0.quantity:min']],
    ['products not a list', { salesYen: 1, customers: 1, products: 'many' }, 1, ['products:isArray']],
  ])('%s', (_name, input, count, expected) => {
    expect(salesInputProblems(input as never, count).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});
