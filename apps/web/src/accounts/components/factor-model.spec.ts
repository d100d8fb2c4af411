import {
  PASSKEY_NAME_MAX,
  defaultPasskeyName,
  deviceOf,
  factorCount,
  groupSecret,
  passkeyNameDetails,
  recoveryCodesFile,
  recoveryCodesText,
  resetSummary,
  svgDataUrl,
} from './factor-model';

const UA = {
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0 Safari/537.36',
  unknown: 'curl/8.0',
};

describe('deviceOf', () => {
  it.each([
    [UA.iphone, 'iPhone'],
    [UA.ipad, 'iPad'],
    [UA.android, 'Android'],
    [UA.mac, 'Mac'],
    [UA.windows, 'Windows'],
    [UA.chromebook, 'Chromebook'],
    [UA.linux, 'Linux'],
    [UA.unknown, null],
    ['', null],
  ])('%s → %s', (ua, device) => {
    expect(deviceOf(ua)).toBe(device);
  });
});

describe('defaultPasskeyName', () => {
  it.each([
    [UA.iphone, [], 'ja', 'iPhone'],
    [UA.iphone, ['iPhone'], 'ja', 'iPhone 2'],
    [UA.iphone, ['iphone', 'iPhone 2'], 'ja', 'iPhone 3'],
    [UA.mac, ['iPhone'], 'en', 'Mac'],
    [UA.unknown, [], 'ja', 'パスキー'],
    [UA.unknown, ['パスキー'], 'ja', 'パスキー 2'],
    [UA.unknown, [], 'en', 'Passkey'],
  ] as const)('%s with %j (%s) → %s', (ua, existing, lang, name) => {
    expect(defaultPasskeyName(ua, existing, lang)).toBe(name);
  });
});

describe('passkeyNameDetails', () => {
  const mine = [
    { id: 'p1', name: 'iPhone' },
    { id: 'p2', name: 'Mac' },
  ];
  it.each([
    ['Windows', null, []],
    ['  Windows  ', null, []],
    ['', null, ['required']],
    ['   ', null, ['required']],
    ['iPhone', null, ['duplicatePasskeyName']],
    [' iPhone ', null, ['duplicatePasskeyName']], // surrounding spaces do not make another name
    ['iphone', null, []], // another case does (the API compares names as they are)
    ['iPhone', 'p1', []], // the passkey being renamed keeps its own name
    ['Mac', 'p1', ['duplicatePasskeyName']],
    ['あ'.repeat(PASSKEY_NAME_MAX), null, []],
    ['あ'.repeat(PASSKEY_NAME_MAX + 1), null, ['maxLength']],
  ])('%j (renaming %s) → %j', (name, own, rules) => {
    expect(passkeyNameDetails(name, mine, own).map((d) => d.rule)).toEqual(rules);
  });
});

describe('groupSecret', () => {
  it.each([
    ['JBSWY3DPEHPK3PXP', 'JBSW Y3DP EHPK 3PXP'],
    ['JBSWY3DPEHPK3PXPAB', 'JBSW Y3DP EHPK 3PXP AB'],
    ['JBSW Y3DP', 'JBSW Y3DP'],
    ['', ''],
  ])('%s → %s', (secret, grouped) => {
    expect(groupSecret(secret)).toBe(grouped);
  });
});

describe('svgDataUrl', () => {
  it('encodes the document so no character breaks the address', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1H0z" fill="#000"/></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toMatch(/[<>"#\s]/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('fill="#000"');
  });
});

describe('factorCount', () => {
  const passkey = { id: 'p', name: 'x', createdAt: '', lastUsedAt: null, backedUp: false };
  it.each([
    [[], null, 0],
    [[passkey], null, 1],
    [[], { enabledAt: '2026-01-01T00:00:00Z' }, 1],
    [[passkey, passkey], { enabledAt: '2026-01-01T00:00:00Z' }, 3],
  ])('%#', (passkeys, totp, n) => {
    expect(factorCount({ passkeys, totp })).toBe(n);
  });
});

describe('recovery codes: the file and the copy', () => {
  const codes = Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(4, '0')}`);

  it.each([
    ['ja', '2026-12-07T16:30:00Z', 'bussanten-recovery-codes-2026-12-08.txt', 'Bussanten のリカバリーコード', 'アカウント: a@example.jp'],
    ['en', '2026-12-07T03:00:00Z', 'bussanten-recovery-codes-2026-12-07.txt', 'Bussanten recovery codes', 'Account: a@example.jp'],
  ] as const)('%s: named by the day in Japan, headed, one numbered code a line', (lang, created, name, title, account) => {
    const file = recoveryCodesFile(codes, 'a@example.jp', created, lang);
    expect(file.name).toBe(name);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe(title);
    expect(lines[1]).toBe(account);
    expect(lines.filter((l) => /^\s?\d+\. code-/.test(l))).toEqual(codes.map((c, i) => `${String(i + 1).padStart(2, ' ')}. ${c}`));
    expect(file.text).not.toMatch(/[^\r]\n/); // CRLF throughout
  });

  it('copies the codes alone, one a line', () => {
    expect(recoveryCodesText(['a', 'b'])).toBe('a\nb');
  });
});

describe('resetSummary', () => {
  it.each([
    [
      'ja',
      { passkeys: 2, totp: true, recoveryCodes: 8, sessionsEnded: 3 },
      'パスキー2件、認証アプリ1件、リカバリーコード8個を削除し、ログイン3件を終了しました。',
    ],
    [
      'ja',
      { passkeys: 0, totp: false, recoveryCodes: 0, sessionsEnded: 0 },
      'パスキー0件、認証アプリなし、リカバリーコード0個を削除し、ログイン0件を終了しました。',
    ],
    [
      'en',
      { passkeys: 1, totp: false, recoveryCodes: 10, sessionsEnded: 1 },
      'Removed 1 passkey, the authenticator app: none, 10 recovery codes; ended 1 sign-in.',
    ],
  ] as const)('%s %j', (lang, reset, text) => {
    expect(resetSummary(reset, lang)).toBe(text);
  });
});
