import type { ApiErrorBody } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import { cascadeFor, dayConflictsOf } from './day-conflicts';

const refusal = (body: Partial<ApiErrorBody>) =>
  new ApiError('http', 409, { code: 'FAIR_DAY_IN_USE', message: 'x', details: [], ...body } as ApiErrorBody, 'x');

const miyako = {
  kind: 'application',
  applicationId: 'app-1',
  municipalityName: '宮古市',
  municipalityNameEn: 'Miyako',
  days: ['2023-02-19'],
  holdings: [
    {
      boothCode: 'A1',
      from: '2023-02-17',
      to: '2023-02-21',
      after: [
        { from: '2023-02-17', to: '2023-02-18' },
        { from: '2023-02-20', to: '2023-02-21' },
      ],
    },
  ],
  leftWithoutDays: false,
};
const ryoma = {
  kind: 'visit',
  appearanceId: 'ap-1',
  guestName: 'ハタチの龍馬',
  guestNameEn: null,
  date: '2023-02-19',
  start: '13:30',
  end: '14:00',
  reason: 'closed',
  opens: null,
  closes: null,
};

describe('dayConflictsOf', () => {
  it('reads the applications and visits a 409 FAIR_DAY_IN_USE names', () => {
    const e = refusal({
      details: [
        { field: 'days', rule: 'applicationAttends', message: '', meta: miyako },
        { field: 'days', rule: 'visitOutsideHours', message: '', meta: ryoma },
      ],
    });
    expect(dayConflictsOf(e)).toEqual({ applications: [miyako], visits: [ryoma] });
  });

  it.each([
    [
      'another error code',
      new ApiError('http', 409, { code: 'CONFLICT', message: 'x', details: [{ field: 'days', rule: 'applicationAttends', message: '', meta: miyako }] }, 'x'),
    ],
    [
      'an older server’s detail (dayInUse with only days)',
      refusal({ details: [{ field: 'days', rule: 'dayInUse', message: '', meta: { days: ['2023-02-19'] } }] }),
    ],
    [
      'details of the right rule but the wrong shape',
      refusal({
        details: [
          { field: 'days', rule: 'applicationAttends', message: '', meta: { applicationId: 3 } },
          { field: 'days', rule: 'visitOutsideHours', message: '', meta: { ...ryoma, reason: 'rain' } },
        ],
      }),
    ],
    ['not an API error', new Error('network')],
  ])('gives null for %s', (_name, e) => {
    expect(dayConflictsOf(e)).toBeNull();
  });

  it('leaves out, whole, an application whose holdings are malformed (its meta is not of its rule’s shape)', () => {
    const e = refusal({
      details: [
        { field: 'days', rule: 'applicationAttends', message: '', meta: { ...miyako, holdings: [{ boothCode: 'A1' }] } },
        { field: 'days', rule: 'visitOutsideHours', message: '', meta: ryoma },
      ],
    });
    expect(dayConflictsOf(e)).toEqual({ applications: [], visits: [ryoma] });
  });
});

describe('cascadeFor', () => {
  const both = { applications: [miyako as never], visits: [ryoma as never] };
  const appsOnly = { applications: [miyako as never], visits: [] };
  it.each([
    [both, { dropApplicationDays: true, cancelVisits: true }, { dropApplicationDays: true, cancelVisits: true }],
    [both, { dropApplicationDays: true, cancelVisits: false }, null],
    [both, { dropApplicationDays: false, cancelVisits: true }, null],
    [appsOnly, { dropApplicationDays: true, cancelVisits: false }, { dropApplicationDays: true }],
    // A box ticked for a kind the refusal did not name is not sent: nothing to cancel.
    [appsOnly, { dropApplicationDays: true, cancelVisits: true }, { dropApplicationDays: true }],
  ])('%#: %p with %p → %p', (conflicts, choice, cascade) => {
    expect(cascadeFor(conflicts, choice)).toEqual(cascade);
  });
});
