import { Role } from '@bussanten/contracts';
import { accessOf } from '../../auth/access';
import { translate } from '../../i18n/dictionaries';
import type { WebhookDeliverySummary } from '../api/publishing';
import { ApiError } from '../../api/client';
import { detailMessage } from '../../api/error-messages';
import { checkWebhookUrl, deliveryFacts, isPlainHttp, withAddressReason } from './webhook-model';

describe('checkWebhookUrl', () => {
  it.each([
    ['https://example.com/hooks/bussanten', 'https://example.com/hooks/bussanten'],
    ['  http://localhost:8080/hook ', 'http://localhost:8080/hook'],
    ['HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
  ])('takes %s', (text, url) => {
    expect(checkWebhookUrl(text)).toEqual({ url, problems: [] });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['example.com/hook', 'isUrl'],
    ['ftp://example.com/hook', 'isUrl'],
    ['javascript:alert(1)', 'isUrl'],
    ['mailto:a@example.com', 'isUrl'],
    ['https://user:pass@example.com/hook', 'credentials'],
    [`https://example.com/${'a'.repeat(2000)}`, 'maxLength'],
  ])('refuses %s (%s)', (text, rule) => {
    expect(checkWebhookUrl(text).problems).toEqual([expect.objectContaining({ field: 'url', rule })]);
  });

  it('notices plain http', () => {
    expect(isPlainHttp('http://example.com')).toBe(true);
    expect(isPlainHttp('https://example.com')).toBe(false);
  });
});

describe('deliveryFacts', () => {
  const base: WebhookDeliverySummary = {
    id: 'd1',
    event: 'ping',
    state: 'pending',
    attempts: 0,
    outcome: null,
    httpStatus: null,
    createdAt: '2023-02-01T00:00:00Z',
    nextAttemptAt: '2023-02-01T00:00:10Z',
    deliveredAt: null,
    failedAt: null,
  };

  it('says nothing before the first delivery', () => {
    expect(deliveryFacts(null)).toBeNull();
  });

  it('gives the next try of a pending delivery', () => {
    expect(deliveryFacts({ ...base, attempts: 2, outcome: 'receiverRefused', httpStatus: 500 })).toEqual({
      stateKey: 'webhooks.delivery.pending',
      atKey: 'webhooks.delivery.nextAt',
      at: '2023-02-01T00:00:10Z',
      failure: { key: 'webhooks.outcome.receiverRefused', status: 500 },
      attempts: 2,
      event: 'ping',
    });
  });

  it('gives when a delivery arrived or gave up', () => {
    expect(
      deliveryFacts({
        ...base,
        state: 'delivered',
        attempts: 1,
        outcome: 'delivered',
        httpStatus: 204,
        deliveredAt: '2023-02-01T00:00:01Z',
        nextAttemptAt: null,
      }),
    ).toMatchObject({
      stateKey: 'webhooks.delivery.delivered',
      atKey: 'webhooks.delivery.at',
      at: '2023-02-01T00:00:01Z',
      failure: null,
    });
    expect(deliveryFacts({ ...base, state: 'failed', attempts: 8, failedAt: '2023-02-01T02:00:00Z', outcome: 'timedOut' })).toMatchObject({
      stateKey: 'webhooks.delivery.failed',
      at: '2023-02-01T02:00:00Z',
      failure: { key: 'webhooks.outcome.timedOut', status: null },
    });
  });

  it.each([
    ['receiverRefused', 503, '受信側のサーバーが受け付けませんでした（HTTP 503）。', 'The receiving server did not accept it (HTTP 503).'],
    ['unreachable', null, '送信先に接続できませんでした', 'The address could not be reached'],
    ['timedOut', null, '送信先が時間内に応答しませんでした。', 'The address did not answer in time.'],
    ['addressBlocked', null, '内部ネットワーク', 'the address is an internal one'],
  ] as const)('words the category %s in Japanese and English', (outcome, httpStatus, ja, en) => {
    const facts = deliveryFacts({ ...base, state: 'failed', attempts: 8, failedAt: '2023-02-01T02:00:00Z', outcome, httpStatus });
    const failure = facts?.failure;
    if (!failure) throw new Error('no failure');
    expect(translate('ja', failure.key, { status: failure.status ?? '' })).toContain(ja);
    expect(translate('en', failure.key, { status: failure.status ?? '' })).toContain(en);
  });
});

describe('withAddressReason', () => {
  const refusal = (reason: unknown) =>
    new ApiError(
      'http',
      400,
      { code: 'VALIDATION_FAILED', message: 'Invalid url', details: [{ field: 'url', rule: 'privateAddress', message: "url's host is …", meta: { reason } }] },
      'HTTP 400',
    );

  it.each([
    ['loopback', 'サーバー自身', 'the server itself'],
    ['private', 'プライベートネットワーク', 'private network'],
    ['linkLocal', 'リンクローカル', 'link-local'],
    ['cgnat', 'キャリアグレード NAT', 'carrier-grade NAT'],
    ['multicast', 'マルチキャスト', 'multicast'],
    ['unspecified', '未指定アドレス', 'unspecified'],
    ['reserved', '予約済み', 'reserved'],
  ])('names the reason %s in the field message', (reason, ja, en) => {
    const named = withAddressReason(refusal(reason)) as ApiError;
    const detail = named.body?.details[0];
    if (!detail) throw new Error('no detail');
    expect(detailMessage(detail, 'ja')).toContain(ja);
    expect(detailMessage(detail, 'en')).toContain(en);
  });

  it('keeps an unknown reason general, and other errors as they are', () => {
    const detail = (withAddressReason(refusal('<script>')) as ApiError).body?.details[0];
    expect(detail?.rule).toBe('privateAddress');
    expect(detailMessage(detail as NonNullable<typeof detail>, 'en')).toContain('public address');
    const other = new Error('network');
    expect(withAddressReason(other)).toBe(other);
  });
});

describe('access', () => {
  it('keeps the webhooks page for organizers', () => {
    expect(accessOf('/webhooks')).toEqual({ kind: 'roles', roles: [Role.Organizer] });
  });
});
