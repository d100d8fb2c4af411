import type { Appearance, Stage } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import { checkSentences, localProblems, problemText, refusalSentences, warningText } from './appearance-problems';

const ryoma = (
  id: string,
  start: string,
  end: string,
  location: Appearance['location'] = { kind: 'venue' },
  status: Appearance['status'] = 'mayChange',
): Appearance => ({
  id,
  fairId: 'f',
  guest: { id: 'g1', name: 'ハタチの龍馬', nameEn: null, kind: 'ambassador' },
  date: '2023-02-19',
  start,
  end,
  startsAt: '',
  endsAt: '',
  approximate: true,
  location,
  locationLabel: '会場全体',
  status,
  publicNote: null,
  warnings: [],
});

describe('problemText', () => {
  it('names the guest, the time and the other fair', () => {
    const p = {
      field: 'start',
      rule: 'guestBusy',
      message: 'x',
      meta: { guestName: 'ハタチの龍馬', fairTitle: '交流都市地方物産展', date: '2023-02-19', start: '15:30', end: '16:00', travelBufferMinutes: 0 },
    };
    expect(problemText(p, 'ja')).toBe('ハタチの龍馬は 15:30–16:00 に出演予定です（交流都市地方物産展）');
    expect(problemText(p, 'en')).toBe('ハタチの龍馬 appears 15:30–16:00 (交流都市地方物産展)');
  });

  it('mentions the travel time to another venue', () => {
    const p = {
      field: 'start',
      rule: 'guestBusy',
      message: 'x',
      meta: { guestName: '龍馬', fairTitle: '別の物産展', start: '15:30', end: '16:00', travelBufferMinutes: 60 },
    };
    expect(problemText(p, 'ja')).toContain('移動に60分必要');
  });

  it('names who holds the place', () => {
    const p = { field: 'location', rule: 'locationBusy', message: 'x', meta: { locationLabel: 'ステージ', guestName: 'しな坊', start: '13:30', end: '14:00' } };
    expect(problemText(p, 'ja')).toBe('ステージでは 13:30–14:00 にしな坊が出演予定です');
  });

  it('says the closing time for a late end and the opening time for an early start', () => {
    const meta = { date: '2023-02-21', opens: '10:00', closes: '18:00' };
    expect(problemText({ field: 'end', rule: 'outsideHours', message: '', meta }, 'ja')).toBe('この日の閉店は18:00です');
    expect(problemText({ field: 'start', rule: 'outsideHours', message: '', meta }, 'ja')).toBe('この日の開店は10:00です');
    expect(problemText({ field: 'x', rule: 'outsideHours', message: '', meta }, 'ja', { start: 1050, end: 1095 })).toBe('この日の閉店は18:00です');
    expect(problemText({ field: 'end', rule: 'outsideHours', message: '', meta }, 'en')).toBe('The fair closes at 18:00 on this day');
  });

  it('keeps the API sentence for a detail it does not know or without meta', () => {
    expect(problemText({ field: 'x', rule: 'somethingNew', message: 'the API says so' }, 'ja')).toBe('the API says so');
    expect(problemText({ field: 'start', rule: 'guestBusy', message: 'busy elsewhere' }, 'ja')).toBe('busy elsewhere');
  });
});

describe('warnings and checks', () => {
  it('translates the known warnings', () => {
    expect(warningText({ rule: 'exhibitorAbsent', message: 'x', meta: { booth: 'A1', date: '2023-02-19' } }, 'ja')).toBe(
      'ブースA1にはこの日の出展者がいません',
    );
    expect(warningText({ rule: 'nearClosing', message: 'x', meta: { closes: '18:00' } }, 'ja')).toBe('閉店（18:00）間際の出演です');
  });

  it('turns a check into sentences without repeats', () => {
    const busy = { field: 'start', rule: 'guestBusy', message: '', meta: { guestName: '龍馬', start: '13:30', end: '14:00' } };
    expect(checkSentences({ problems: [busy, busy], warnings: [] }, 'ja')).toEqual({ problems: ['龍馬は 13:30–14:00 に出演予定です'], warnings: [] });
  });

  it('prefixes a repeat refusal with the start time it is about', () => {
    const e = new ApiError(
      'http',
      409,
      {
        code: 'APPEARANCE_CONFLICT',
        message: 'x',
        details: [{ field: 'starts.1', rule: 'guestBusy', message: '', meta: { guestName: '龍馬', start: '14:30', end: '15:00' } }],
      },
      'x',
    );
    expect(refusalSentences(e, 'ja', undefined, (f) => (f === 'starts.1' ? '14:30' : null))).toEqual(['14:30: 龍馬は 14:30–15:00 に出演予定です']);
    expect(refusalSentences(new ApiError('network', 0, null, 'down'), 'ja')[0]).toContain('サーバーに接続できませんでした');
  });
});

describe('localProblems', () => {
  const hours = { opens: 600, closes: 1080 };
  const others = [ryoma('a1', '13:30', '14:00'), ryoma('a2', '14:30', '15:00'), ryoma('a3', '15:30', '16:00', { kind: 'venue' }, 'cancelled')];
  const label = () => '会場全体';
  const cand = (start: number, end: number, location: Appearance['location'] = { kind: 'venue' }, guestId = 'g1') => ({
    id: 'a1',
    guestId,
    date: '2023-02-19',
    start,
    end,
    location,
  });

  it('finds the same guest at an overlapping time, but not itself or a cancelled one', () => {
    expect(localProblems(cand(870, 900), hours, others, [], label)).toEqual([
      expect.objectContaining({ rule: 'guestBusy', meta: expect.objectContaining({ start: '14:30', end: '15:00' }) }),
    ]);
    expect(localProblems(cand(810, 840), hours, others, [], label)).toEqual([]);
    expect(localProblems(cand(930, 960), hours, others, [], label)).toEqual([]);
  });

  it('finds the closing time', () => {
    expect(localProblems(cand(1065, 1095), hours, [], [], label).map((p) => p.rule)).toEqual(['outsideHours']);
  });

  it('lets guests share the whole venue and a shared stage, but not a booth or an unshared stage', () => {
    const stages: Stage[] = [
      { id: 's1', name: 'ステージ', nameEn: null, shared: false },
      { id: 's2', name: '広場', nameEn: null, shared: true },
    ];
    const at = (location: Appearance['location']) =>
      localProblems(cand(810, 840, location, 'g2'), hours, [ryoma('x', '13:30', '14:00', location)], stages, label).map((p) => p.rule);
    expect(at({ kind: 'venue' })).toEqual([]);
    expect(at({ kind: 'stage', stageId: 's2' })).toEqual([]);
    expect(at({ kind: 'stage', stageId: 's1' })).toEqual(['locationBusy']);
    expect(at({ kind: 'booth', boothId: 'b1' })).toEqual(['locationBusy']);
  });
});

describe('repeat refusals', () => {
  it('judges each start time by its own times', () => {
    const e = new ApiError(
      'http',
      400,
      {
        code: 'VALIDATION_FAILED',
        message: 'x',
        details: [{ field: 'starts.1', rule: 'outsideHours', message: 'x', meta: { date: '2023-02-21', opens: '10:00', closes: '18:00', start: '17:45' } }],
      },
      'x',
    );
    const starts = ['16:30', '17:45'];
    const attempt = (f: string) => (f === 'starts.1' ? { start: 1065, end: 1095 } : undefined);
    expect(refusalSentences(e, 'ja', attempt, (f) => (f === 'starts.1' ? (starts[1] ?? null) : null))).toEqual(['17:45: この日の閉店は18:00です']);
  });
});
