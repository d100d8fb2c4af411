import type { ReleaseChange, ReleaseChangeKind } from '@bussanten/contracts';
import { translate } from '../../i18n/dictionaries';
import { compareWords, currentRelease, describeChange, humanize, humanizeDays, nextVersion, toPublishInput, CHANGE_KEYS } from './release-model';

const change = (kind: ReleaseChangeKind, subject: string, before: string | null, after: string | null): ReleaseChange => ({
  kind,
  subject,
  before,
  after,
  ref: 'x',
});

describe('describeChange', () => {
  it.each<[string, ReleaseChange, 'ja' | 'en', string, string | null]>([
    [
      'an exhibitor added',
      change('exhibitorAdded', '宮古市', null, 'A1 2023-02-17–2023-02-21'),
      'ja',
      '宮古市が出展に加わりました',
      'A1 2月17日(金)–2月21日(火)',
    ],
    ['an exhibitor added, no booth yet', change('exhibitorAdded', '宮古市', null, null), 'ja', '宮古市が出展に加わりました', null],
    [
      'an exhibitor added (en)',
      change('exhibitorAdded', '宮古市', null, 'A1 2023-02-17–2023-02-21'),
      'en',
      '宮古市 joined the fair',
      'A1 Fri, Feb 17–Tue, Feb 21',
    ],
    [
      'an exhibitor withdrawn',
      change('exhibitorWithdrawn', '山北町', 'A5 2023-02-20–2023-02-21', null),
      'ja',
      '山北町が出展を取りやめました',
      'A5 2月20日(月)–2月21日(火)',
    ],
    [
      'a booth moved, same days',
      change('boothMoved', '宮古市', 'A1 2023-02-17–2023-02-21', 'A2 2023-02-17–2023-02-21'),
      'ja',
      '宮古市のブース: A1 → A2',
      '2月17日(金)–2月21日(火)',
    ],
    [
      'a booth given for the first time',
      change('boothMoved', '宮古市', null, 'A2 2023-02-17–2023-02-21'),
      'ja',
      '宮古市のブース: なし → A2 2月17日(金)–2月21日(火)',
      null,
    ],
    [
      'days changed',
      change('exhibitorDaysChanged', '宮古市', '2023-02-17, 2023-02-18', '2023-02-17'),
      'ja',
      '宮古市の出展日: 2月17日(金)、2月18日(土) → 2月17日(金)',
      null,
    ],
    ['days changed (en)', change('exhibitorDaysChanged', '宮古市', '2023-02-17, 2023-02-18', ''), 'en', '宮古市’s days: Fri, Feb 17; Sat, Feb 18 → none', null],
    ['a day added', change('dayAdded', '2023-02-22', null, '10:00–17:00'), 'ja', '2月22日(水)が開催日に加わりました', '10:00–17:00'],
    ['a day removed', change('dayRemoved', '2023-02-22', '10:00–17:00', null), 'en', 'Wed, Feb 22 is no longer a fair day', '10:00–17:00'],
    ['hours changed', change('hoursChanged', '2023-02-21', '10:00–19:00', '10:00–18:00'), 'ja', '2月21日(火)の営業時間: 10:00–19:00 → 10:00–18:00', null],
    ['a day closed', change('hoursChanged', '2023-02-21', '10:00–19:00', 'closed'), 'ja', '2月21日(火)の営業時間: 10:00–19:00 → 休業', null],
    [
      'an appearance added',
      change('appearanceAdded', 'ハタチの龍馬', null, '2023-02-17 14:30–15:00 ステージ'),
      'ja',
      'ハタチの龍馬の出演が加わりました',
      '2月17日(金) 14:30–15:00 ステージ',
    ],
    [
      'an appearance moved in time',
      change('appearanceMoved', 'ハタチの龍馬', '2023-02-17 14:30–15:00 ステージ', '2023-02-17 14:45–15:15 ステージ'),
      'ja',
      'ハタチの龍馬: 14:30–15:00 → 14:45–15:15',
      '2月17日(金) ステージ',
    ],
    [
      'an appearance moved to another day and place',
      change('appearanceMoved', 'ハタチの龍馬', '2023-02-17 14:30–15:00 ステージ', '2023-02-18 14:30–15:00 A1 前'),
      'ja',
      'ハタチの龍馬: 2月17日(金) 14:30–15:00 ステージ → 2月18日(土) 14:30–15:00 A1 前',
      null,
    ],
    [
      'an appearance whose note changed only',
      change('appearanceMoved', 'ハタチの龍馬', '2023-02-17 14:30–15:00 ステージ', '2023-02-17 14:30–15:00 ステージ'),
      'ja',
      'ハタチの龍馬の出演予定の内容が変わりました',
      '2月17日(金) 14:30–15:00 ステージ',
    ],
    [
      'an appearance cancelled',
      change('appearanceCancelled', 'ハタチの龍馬', '2023-02-17 14:30–15:00 ステージ', null),
      'ja',
      'ハタチの龍馬の出演は中止になりました',
      '2月17日(金) 14:30–15:00 ステージ',
    ],
    [
      'an appearance removed',
      change('appearanceRemoved', 'ハタチの龍馬', '2023-02-17 14:30–15:00 ステージ', null),
      'en',
      'ハタチの龍馬’s appearance was taken off the schedule',
      'Fri, Feb 17 14:30–15:00 ステージ',
    ],
  ])('%s', (_, c, lang, text, context) => {
    expect(describeChange(c, lang)).toEqual({ text, context });
  });

  it('has a sentence for every kind', () => {
    const kinds: ReleaseChangeKind[] = [
      'exhibitorAdded',
      'exhibitorWithdrawn',
      'boothMoved',
      'exhibitorDaysChanged',
      'dayAdded',
      'dayRemoved',
      'hoursChanged',
      'appearanceAdded',
      'appearanceMoved',
      'appearanceCancelled',
      'appearanceRemoved',
    ];
    expect(Object.keys(CHANGE_KEYS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) {
      const { text } = describeChange(change(kind, '宮古市', '2023-02-17 A1', '2023-02-18 A2'), 'en');
      expect(text).toContain('宮古市');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('text helpers', () => {
  it('shows dates as fair days and closed days as such', () => {
    expect(humanize('A1 2023-02-17–2023-02-21', 'ja')).toBe('A1 2月17日(金)–2月21日(火)');
    expect(humanize('closed', 'en')).toBe('closed');
    expect(humanize('closed', 'ja')).toBe('休業');
    expect(humanizeDays('', 'ja')).toBe('なし');
  });

  it('compares descriptions word by word', () => {
    expect(compareWords('2023-02-17 14:30–15:00 ステージ', '2023-02-17 14:45–15:15 ステージ')).toEqual({
      before: '14:30–15:00',
      after: '14:45–15:15',
      context: '2023-02-17 ステージ',
    });
    expect(compareWords('A1', 'A2')).toEqual({ before: 'A1', after: 'A2', context: '' });
    expect(compareWords('x y', 'x y')).toEqual({ before: '', after: '', context: 'x y' });
    expect(compareWords('a b', 'a b c')).toEqual({ before: '', after: 'c', context: 'a b' });
  });
});

describe('publishing', () => {
  it('numbers the next version after the newest, 1 for the first', () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([{ version: 3 }, { version: 2 }, { version: 1 }])).toBe(4);
    expect(nextVersion([{ version: 1 }, { version: 2 }])).toBe(3);
  });

  it('finds the release the public sees', () => {
    expect(currentRelease([])).toBeNull();
    expect(currentRelease([{ version: 1 }, { version: 3 }, { version: 2 }])).toEqual({ version: 3 });
  });

  it('sends a blank note as null and refuses a very long one', () => {
    expect(toPublishInput('  ')).toEqual({ input: { note: null }, problems: [] });
    expect(toPublishInput(' 宮古市の出展を追加 ')).toEqual({ input: { note: '宮古市の出展を追加' }, problems: [] });
    expect(toPublishInput('あ'.repeat(1001)).problems).toEqual([expect.objectContaining({ field: 'note', rule: 'maxLength' })]);
  });
});

describe('names the browser test finds', () => {
  it.each([
    ['releases.link', '公開と履歴'],
    ['releases.publish.submit', '公開する'],
    ['releases.publish.note', '公開メモ'],
    ['releases.history.heading', '公開履歴'],
    ['releases.preview.heading', '変更点のプレビュー'],
    ['releases.webhooks.link', 'Webhook の設定'],
  ] as const)('ja %s is %s', (key, text) => {
    expect(translate('ja', key)).toBe(text);
  });

  it('confirms with a label other than the form button’s', () => {
    expect(translate('ja', 'releases.publish.confirm')).not.toBe(translate('ja', 'releases.publish.submit'));
  });
});
