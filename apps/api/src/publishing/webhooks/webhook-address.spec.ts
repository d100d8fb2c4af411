import type { WebhookAddressReason } from '@bussanten/contracts';
import { addressReason, bareHost, checkHost, systemResolver, type HostResolver } from './webhook-address';

describe('addressReason: every range webhooks may not go to', () => {
  it.each<[string, WebhookAddressReason | null]>([
    // loopback
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    // RFC 1918, IPv6 ULA (and the retired site-local)
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fec0::1', 'private'],
    // link-local, the cloud metadata address among them
    ['169.254.169.254', 'linkLocal'],
    ['169.254.0.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    // CGNAT (RFC 6598)
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    // multicast
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    // unspecified
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    // reserved: documentation, benchmarking, 240/4, broadcast, IETF, discard, IPv6 outside 2000::/3
    ['192.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.51.100.1', 'reserved'],
    ['203.0.113.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['100::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    // IPv6 forms carrying an IPv4 address: the inner one's reason, else reserved
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a9fe:a9fe::', 'linkLocal'],
    ['::ffff:8.8.8.8', 'reserved'],
    ['64:ff9b::808:808', 'reserved'],
    // public
    ['8.8.8.8', null],
    ['93.184.215.14', null],
    ['100.63.255.255', null],
    ['100.128.0.0', null],
    ['172.32.0.1', null],
    ['2606:4700:4700::1111', null],
    ['2a00:1450:4001:80b::200e', null],
  ])('%s → %s', (address, reason) => {
    expect(addressReason(address)).toBe(reason);
  });
});

describe('odd spellings of 127.0.0.1 and ::1 in a URL', () => {
  // The URL parser normalizes them; ipaddr.js classifies what it gives. Both steps are checked.
  it.each([
    ['http://127.1/hook', '127.0.0.1'],
    ['http://2130706433/hook', '127.0.0.1'],
    ['http://0x7f000001/hook', '127.0.0.1'],
    ['http://0x7F.0.0.1/hook', '127.0.0.1'],
    ['http://0177.0.0.1/hook', '127.0.0.1'],
    ['http://017700000001/hook', '127.0.0.1'],
    ['http://127.0.0.1./hook', '127.0.0.1'],
    ['https://１２７．０．０．１/hook', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/hook', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/hook', '::ffff:7f00:1'],
    ['http://[::1]/hook', '::1'],
    ['http://[0:0:0:0:0:0:0:1]:8080/hook', '::1'],
  ])('%s is %s, loopback', (url, address) => {
    const host = bareHost(new URL(url).hostname);
    expect(host).toBe(address);
    expect(addressReason(host)).toBe('loopback');
  });
});

describe('checkHost', () => {
  const resolver =
    (answers: Record<string, string[]>): HostResolver =>
    async (host) => {
      const found = answers[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
  const options = {
    resolve: resolver({
      'evil.example': ['127.0.0.1'],
      'mixed.example': ['93.184.215.14', '10.0.0.7'],
      'ok.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    }),
    allowPrivate: false,
    timeoutMs: 1000,
  };

  it('refuses a name that resolves to a refused address, and one with any such address among public ones', async () => {
    expect(await checkHost('evil.example', options)).toEqual({ kind: 'blocked', reason: 'loopback', literal: false });
    expect(await checkHost('Mixed.Example.', options)).toEqual({ kind: 'blocked', reason: 'private', literal: false });
  });

  it('gives the checked addresses of a public name, to connect to those', async () => {
    expect(await checkHost('ok.example', options)).toEqual({
      kind: 'allowed',
      addresses: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
  });

  it('classifies a literal address without asking the resolver, and localhost by name', async () => {
    const never: HostResolver = () => Promise.reject(new Error('asked'));
    expect(await checkHost('[::ffff:7f00:1]', { ...options, resolve: never })).toEqual({ kind: 'blocked', reason: 'loopback', literal: true });
    expect(await checkHost('169.254.169.254', { ...options, resolve: never })).toEqual({ kind: 'blocked', reason: 'linkLocal', literal: true });
    expect(await checkHost('api.localhost', { ...options, resolve: never })).toEqual({ kind: 'blocked', reason: 'loopback', literal: true });
    expect(await checkHost('8.8.8.8', { ...options, resolve: never })).toEqual({ kind: 'allowed', addresses: [{ address: '8.8.8.8', family: 4 }] });
  });

  it('says when a name does not resolve, or not in time', async () => {
    expect(await checkHost('nowhere.example', options)).toEqual({ kind: 'unresolved', timedOut: false, detail: 'DNS: ENOTFOUND' });
    const slow: HostResolver = () => new Promise(() => undefined);
    expect(await checkHost('slow.example', { ...options, resolve: slow, timeoutMs: 20 })).toEqual({
      kind: 'unresolved',
      timedOut: true,
      detail: 'no DNS answer within 0.02 s',
    });
  });

  it('with allowPrivate (WEBHOOK_ALLOW_PRIVATE) lets private addresses through, but never the unspecified one', async () => {
    const allow = { ...options, allowPrivate: true };
    expect(await checkHost('evil.example', allow)).toEqual({ kind: 'allowed', addresses: [{ address: '127.0.0.1', family: 4 }] });
    expect(await checkHost('10.1.2.3', allow)).toMatchObject({ kind: 'allowed' });
    expect(await checkHost('0.0.0.0', allow)).toEqual({ kind: 'blocked', reason: 'unspecified', literal: true });
  });

  it('asks the system resolver by default (localhost comes from /etc/hosts, no network)', async () => {
    const addresses = await systemResolver('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    for (const { address } of addresses) expect(addressReason(address)).toBe('loopback');
  });
});
