import { EMPTY_NOTICE_FORM, toNoticeInput } from './notice-model';

const FAIR = { days: [{ date: '2027-02-19', opens: '10:00', closes: '20:00' }] };

describe('toNoticeInput', () => {
  it.each([
    ['a whole-fair notice', { text: ' 混雑しています ' }, { kind: 'notice', text: '混雑しています', day: null, closesAt: null }, []],
    ['closing early', { kind: 'closingEarly', text: 'x', day: '2027-02-19', closesAt: '16:00' }, { kind: 'closingEarly', closesAt: '16:00' }, []],
    ['closesAt dropped for a plain notice', { text: 'x', day: '2027-02-19', closesAt: '16:00' }, { closesAt: null }, []],
    ['no text', {}, { text: '' }, ['text:required']],
    ['closing early without a time', { kind: 'closingEarly', text: 'x', day: '2027-02-19' }, {}, ['closesAt:required']],
    ['closed day without a day', { kind: 'closedDay', text: 'x' }, {}, ['day:required']],
  ])('%s', (_label, typed, input, problems) => {
    const result = toNoticeInput({ ...EMPTY_NOTICE_FORM, ...typed }, FAIR);
    expect(result.input).toMatchObject(input);
    expect(result.problems.map((p) => `${p.field}:${p.rule}`)).toEqual(problems);
  });
});
