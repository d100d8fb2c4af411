import { smtpSecurity, smtpSecurityProblem } from './smtp-security';

describe('smtpSecurity', () => {
  it.each([
    ['smtp://relay.example.jp:25', false, { credentials: false, implicitTls: false, requireTls: false }],
    ['smtp://user:pw@relay.example.jp:587', false, { credentials: true, implicitTls: false, requireTls: true }],
    ['SMTP://user@relay.example.jp:587', false, { credentials: true, implicitTls: false, requireTls: true }],
    ['smtp://user:pw@relay.example.jp:587', true, { credentials: true, implicitTls: false, requireTls: false }],
    ['smtps://user:pw@relay.example.jp:465', false, { credentials: true, implicitTls: true, requireTls: false }],
  ])('%s (SMTP_ALLOW_INSECURE=%s)', (url, allowInsecure, expected) => {
    expect(smtpSecurity(url, allowInsecure)).toEqual(expected);
  });
});

describe('smtpSecurityProblem', () => {
  it.each([
    ['smtp://user:pw@relay.example.jp:587?ignoreTLS=true', 'ignoreTLS'],
    ['smtp://user:pw@relay.example.jp:587?requireTLS=false', 'requireTLS'],
    ['smtp://user:pw@relay.example.jp:587?opportunisticTLS=true', 'opportunisticTLS'],
    ['smtps://user:pw@relay.example.jp:465?secure=false', 'secure'],
  ])('refuses %s, naming %s and not the password', (url, key) => {
    const problem = smtpSecurityProblem(url, false);
    expect(problem).toContain(`"${key}"`);
    expect(problem).toContain('SMTP_ALLOW_INSECURE=true');
    expect(problem).not.toContain('pw@');
  });

  it.each([
    ['smtp://user:pw@relay.example.jp:587', false],
    ['smtp://user:pw@relay.example.jp:465?secure=true', false],
    ['smtp://user:pw@relay.example.jp:587?tls.rejectUnauthorized=false', false],
    ['smtp://relay.example.jp:25?ignoreTLS=true', false],
    ['smtp://user:pw@relay.example.jp:25?ignoreTLS=true', true],
  ])('accepts %s (SMTP_ALLOW_INSECURE=%s)', (url, allowInsecure) => {
    expect(smtpSecurityProblem(url, allowInsecure)).toBeNull();
  });
});
