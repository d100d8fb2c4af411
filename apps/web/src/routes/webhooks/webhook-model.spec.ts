import { Role } from '@bussanten/contracts';
import { accessOf } from '../../auth/access';
import type { WebhookDeliverySummary } from '../../api/publishing';
import { checkWebhookUrl, deliveryFacts, isPlainHttp } from './webhook-model';

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
    lastError: null,
    createdAt: '2023-02-01T00:00:00Z',
    nextAttemptAt: '2023-02-01T00:00:10Z',
    deliveredAt: null,
    failedAt: null,
  };

  it('says nothing before the first delivery', () => {
    expect(deliveryFacts(null)).toBeNull();
  });

  it('gives the next try of a pending delivery', () => {
    expect(deliveryFacts({ ...base, attempts: 2, lastError: 'HTTP 500' })).toEqual({
      stateKey: 'webhooks.delivery.pending',
      atKey: 'webhooks.delivery.nextAt',
      at: '2023-02-01T00:00:10Z',
      error: 'HTTP 500',
      attempts: 2,
      event: 'ping',
    });
  });

  it('gives when a delivery arrived or gave up', () => {
    expect(deliveryFacts({ ...base, state: 'delivered', attempts: 1, deliveredAt: '2023-02-01T00:00:01Z', nextAttemptAt: null })).toMatchObject({
      stateKey: 'webhooks.delivery.delivered',
      atKey: 'webhooks.delivery.at',
      at: '2023-02-01T00:00:01Z',
    });
    expect(deliveryFacts({ ...base, state: 'failed', attempts: 8, failedAt: '2023-02-01T02:00:00Z', lastError: 'timeout' })).toMatchObject({
      stateKey: 'webhooks.delivery.failed',
      at: '2023-02-01T02:00:00Z',
      error: 'timeout',
    });
  });
});

describe('access', () => {
  it('keeps the webhooks page for organizers', () => {
    expect(accessOf('/webhooks')).toEqual({ kind: 'roles', roles: [Role.Organizer] });
  });
});
