import type { HomeFair } from '@bussanten/contracts';
import { translate } from '../../i18n/dictionaries';
import { fairTasks, hostTasks } from './home-model';

const fair = (over: Partial<HomeFair> = {}): HomeFair => ({
  id: 'f1',
  slug: 'koryu-toshi-2027',
  title: '交流都市物産展',
  titleEn: null,
  status: 'accepting',
  visible: true,
  releasedVersion: 2,
  firstDay: '2027-02-19',
  lastDay: '2027-02-23',
  timing: 'upcoming',
  counts: { toReview: 3, withdrawals: 0, unplaced: 1, unpublishedChanges: 12 },
  deadlines: { applicationsCloseAt: '2027-01-31T14:59:00.000Z', firstDay: '2027-02-19' },
  ...over,
});

describe('the home page’s counts', () => {
  it('links each count of a fair to where it is handled, and marks only those above zero', () => {
    expect(fairTasks(fair()).map((t) => [t.id, t.to, t.count, t.attention])).toEqual([
      ['toReview', '/fairs/f1/applications?status=submitted', 3, true],
      ['withdrawals', '/fairs/f1#withdrawals', 0, false],
      ['unplaced', '/fairs/f1/assign', 1, true],
      ['unpublished', '/fairs/f1/releases', 12, true],
    ]);
  });

  it('offers a fair never published its first release, quietly, instead of counting changes (a first release lists none)', () => {
    const unpublished = fairTasks(fair({ releasedVersion: null, visible: false }))[3];
    expect(unpublished).toMatchObject({ id: 'unpublished', label: 'home.task.neverPublished', to: '/fairs/f1/releases', attention: false });
    expect(translate('ja', unpublished.label, unpublished.params)).toBe('初めての公開へ');
  });

  it('links the host-wide counts to 送信メール (failed only) and the webhooks', () => {
    expect(hostTasks({ failedMails: 2, failedWebhookDeliveries: 0 }).map((t) => [t.id, t.to, t.attention])).toEqual([
      ['failedMails', '/outbox?state=failed', true],
      ['failedWebhooks', '/webhooks', false],
    ]);
  });

  it.each([
    ['ja', null, 0, '取り下げ・出展辞退 0件'],
    ['ja', 2, 1, '前回の公開以降の取り下げ・出展辞退 1件'],
    ['en', null, 1, '1 withdrawal or cancellation'],
    ['en', 2, 2, '2 withdrawals and cancellations since the last release'],
  ] as const)('says withdrawals in %s (released version %p, %p of them) as %p', (lang, releasedVersion, n, text) => {
    const [, withdrawals] = fairTasks(fair({ releasedVersion, counts: { toReview: 0, withdrawals: n, unplaced: 0, unpublishedChanges: 0 } }));
    expect(translate(lang, withdrawals.label, withdrawals.params)).toBe(text);
  });

  it.each([
    ['ja', 1, '審査待ちの申込 1件', 'ブース未割り当ての出展者 1件', '未公開の変更 1件'],
    ['en', 1, '1 application to review', '1 exhibitor without a booth', '1 unpublished change'],
    ['en', 2, '2 applications to review', '2 exhibitors without a booth', '2 unpublished changes'],
  ] as const)('counts in %s with plurals (%p)', (lang, n, review, unplaced, unpublished) => {
    const tasks = fairTasks(fair({ counts: { toReview: n, withdrawals: n, unplaced: n, unpublishedChanges: n } }));
    const texts = Object.fromEntries(tasks.map((t) => [t.id, translate(lang, t.label, t.params)]));
    expect([texts['toReview'], texts['unplaced'], texts['unpublished']]).toEqual([review, unplaced, unpublished]);
  });
});
