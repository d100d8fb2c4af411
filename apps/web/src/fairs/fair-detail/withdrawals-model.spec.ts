import type { FairWithdrawal } from '@bussanten/contracts';
import { freedBoothsText, municipalityLabel, stillPublicCount } from './withdrawals-model';

const withdrawal = (over: Partial<FairWithdrawal> = {}): FairWithdrawal => ({
  applicationId: 'a1',
  status: 'declined',
  municipality: { id: 'm1', name: '宮古市', nameEn: 'Miyako City' },
  withdrawnAt: '2023-02-10T15:30:00.000Z',
  withdrawnBy: '宮古 太郎',
  previousStatus: 'accepted',
  boothsFreed: [],
  stillPublic: true,
  ...over,
});

describe('the withdrawals panel', () => {
  it.each([
    ['ja', '', []],
    [
      'ja',
      'A1 2月17日(金)〜2月19日(日)、B2 2月20日(月)',
      [
        { code: 'A1', from: '2023-02-17', to: '2023-02-19' },
        { code: 'B2', from: '2023-02-20', to: '2023-02-20' },
      ],
    ],
    [
      'en',
      'A1 Fri, Feb 17 – Sun, Feb 19; B2 Mon, Feb 20',
      [
        { code: 'A1', from: '2023-02-17', to: '2023-02-19' },
        { code: 'B2', from: '2023-02-20', to: '2023-02-20' },
      ],
    ],
  ] as const)('names the booths freed (%s): %s', (lang, text, booths) => {
    expect(freedBoothsText(booths, lang)).toBe(text);
  });

  it('names the municipality in English where the registry has an English name', () => {
    expect(municipalityLabel({ id: 'm', name: '宮古市', nameEn: 'Miyako City' }, 'en')).toBe('Miyako City');
    expect(municipalityLabel({ id: 'm', name: '宮古市', nameEn: 'Miyako City' }, 'ja')).toBe('宮古市');
    expect(municipalityLabel({ id: 'm', name: '山北町', nameEn: null }, 'en')).toBe('山北町');
  });

  it('counts the withdrawals the public page still shows', () => {
    expect(stillPublicCount([withdrawal(), withdrawal({ applicationId: 'a2', stillPublic: false })])).toBe(1);
    expect(stillPublicCount([])).toBe(0);
  });
});
