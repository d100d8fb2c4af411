import { fairDaysChanged, type MunicipalityDayChange } from './day-change-messages';

const miyako: MunicipalityDayChange = {
  municipalityName: '宮古市',
  municipalityNameEn: 'Miyako',
  application: {
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
  },
  visits: [{ guestName: 'ハタチの龍馬', guestNameEn: 'Hatachi no Ryoma', date: '2023-02-19', start: '13:30', end: '14:00' }],
};
const yamakita: MunicipalityDayChange = {
  municipalityName: '山北町',
  municipalityNameEn: null,
  application: { days: ['2023-02-19'], holdings: [{ boothCode: 'A5', from: '2023-02-19', to: '2023-02-19', after: [] }], leftWithoutDays: true },
  visits: [],
};

describe('fairDaysChanged', () => {
  it.each([
    [
      [miyako],
      [
        '宮古市 ご担当者様',
        '出展日から外した日：令和5年2月19日(日)',
        'ブース A1：令和5年2月17日(金)〜21日(火) → 令和5年2月17日(金)〜18日(土)、令和5年2月20日(月)〜21日(火)',
        '取り消した来場予定：ハタチの龍馬 令和5年2月19日(日) 13:30〜14:00',
        'Visit cancelled: Hatachi no Ryoma Sun 19 Feb 2023 13:30–14:00',
      ],
      ['出展日が残っていません'],
    ],
    [
      [yamakita],
      ['ブース A5：令和5年2月19日(日) → なし', '出展日が残っていません', 'Booth A5: Sun 19 Feb 2023 → none', 'To the representative of 山北町:'],
      ['取り消した来場予定'],
    ],
    [[miyako, yamakita], ['宮古市、山北町 ご担当者様', '■ 宮古市', '■ 山北町', 'To the representative of Miyako, 山北町:'], []],
  ])('%#: one message covering every municipality of the person', (changes, present, absent) => {
    const text = fairDaysChanged('交流都市地方物産展', changes);
    expect(text.subject).toBe('【Bussanten】開催日の変更に伴うお知らせ：交流都市地方物産展 / Fair days changed: 交流都市地方物産展');
    for (const line of present) expect(text.body).toContain(line);
    for (const line of absent) expect(text.body).not.toContain(line);
  });
});
