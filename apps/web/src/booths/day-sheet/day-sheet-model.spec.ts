import type { Application, ApplicationSummary, Assignment, Booth } from '@bussanten/contracts';
import { holdersOn, sheetRows } from './day-sheet-model';

const booth = (id: string, code: string) => ({ id, code }) as Booth;
const held = (id: string, applicationId: string, boothId: string, from: string, to: string) =>
  ({ id, applicationId, boothId, boothCode: boothId, from, to, overridden: false, municipalityName: applicationId }) as Assignment;

describe('day sheet', () => {
  const booths = [booth('b10', 'A10'), booth('b2', 'A2'), booth('b1', 'A1')];
  const assignments = [
    held('h1', 'miyako', 'b2', '2023-02-17', '2023-02-19'),
    held('h2', 'yamakita', 'b1', '2023-02-19', '2023-02-19'),
    held('h3', 'old', 'b10', '2023-02-17', '2023-02-17'),
  ];

  it('has one row per booth in code order, with the day’s holder and whether they load in today', () => {
    const summaries = [{ id: 'miyako' }, { id: 'yamakita' }] as ApplicationSummary[];
    const details = new Map([['yamakita', { id: 'yamakita', staffCount: 3 } as Application]]);
    const rows = sheetRows(booths, '2023-02-19', assignments, summaries, details);
    expect(rows.map((r) => [r.booth.code, r.assignment?.applicationId ?? null, r.loadInToday, r.detail?.staffCount ?? null])).toEqual([
      ['A1', 'yamakita', true, 3],
      ['A2', 'miyako', false, null],
      ['A10', null, false, null],
    ]);
  });

  it('fetches each holder of the day once', () => {
    expect(holdersOn('2023-02-19', assignments)).toEqual(['miyako', 'yamakita']);
    expect(holdersOn('2023-02-21', assignments)).toEqual([]);
  });
});
