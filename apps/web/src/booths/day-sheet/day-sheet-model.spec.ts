import type { DaySheet, DaySheetBooth, DaySheetExhibitor, FairDay } from '@bussanten/contracts';
import { sheetAssignments, sheetDay, sheetPlan, sheetTotals } from './day-sheet-model';

const day = (date: string, open = true): FairDay => ({ date, opens: open ? '10:00' : null, closes: open ? '18:00' : null, holiday: null });
const exhibitor = (applicationId: string, staffCount: number) => ({ applicationId, municipalityName: applicationId, staffCount }) as DaySheetExhibitor;
const booth = (id: string, code: string, held: DaySheetExhibitor | null = null): DaySheetBooth => ({
  id,
  code,
  zone: null,
  x: 0,
  y: 0,
  width: 2,
  depth: 2,
  exhibitor: held,
});

describe('day sheet', () => {
  const days = [day('2027-03-19', false), day('2027-03-20'), day('2027-03-21', false)];

  it.each([
    ['a day of the fair', '2027-03-20', '2027-03-20'],
    ['a closed day of the fair (the sheet says closed)', '2027-03-21', '2027-03-21'],
    ['no day: the first open day', null, '2027-03-20'],
    ['a day not of the fair: the first open day', '2027-04-01', '2027-03-20'],
    ['garbage: the first open day', 'tomorrow', '2027-03-20'],
  ])('shows %s', (_case, asked, shown) => {
    expect(sheetDay(days, asked)).toBe(shown);
  });

  it('falls back to the first day when every day is closed, and to none without days', () => {
    expect(sheetDay([day('2027-03-19', false)], null)).toBe('2027-03-19');
    expect(sheetDay([], '2027-03-19')).toBeNull();
  });

  const sheet = {
    fair: { id: 'F', title: '物産展', titleEn: null, venueName: '区民ホール', roomName: '催事場' },
    room: { widthM: 20, depthM: 10 },
    day: { date: '2027-03-20', opens: '10:00', closes: '18:00', closed: false, holiday: null },
    booths: [
      booth('b1', 'A1', exhibitor('miyako', 3)),
      booth('b2', 'A2'),
      booth('b3', 'A3', exhibitor('miyako', 3)),
      booth('b4', 'A10', exhibitor('yamakita', 1)),
    ],
    visits: [],
  } satisfies DaySheet;

  it('draws each held booth as held that day only, by its exhibitor', () => {
    expect(sheetAssignments(sheet).map((a) => [a.boothCode, a.municipalityName, a.from, a.to])).toEqual([
      ['A1', 'miyako', '2027-03-20', '2027-03-20'],
      ['A3', 'miyako', '2027-03-20', '2027-03-20'],
      ['A10', 'yamakita', '2027-03-20', '2027-03-20'],
    ]);
    expect(sheetPlan(sheet).room).toEqual({ name: '催事場', widthM: 20, depthM: 10 });
  });

  it('counts exhibitors and their staff once each, whatever the number of booths', () => {
    expect(sheetTotals(sheet)).toEqual({ exhibitors: 2, staff: 4 });
  });
});
