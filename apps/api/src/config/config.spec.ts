import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/app/.data', seedDemo: true, trustProxy: 0 });
    expect(c).toMatchObject({ smtpUrl: null, mailFrom: 'Bussanten <no-reply@bussanten.invalid>', mailPollMs: 5000, mailMaxAttempts: 8, logLevel: 'info' });
    expect(loadConfig({ LOG_LEVEL: 'Debug' }).logLevel).toBe('debug');
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
    [{ SMTP_URL: 'http://mail.example.jp' }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'mail.example.jp:25' }, /SMTP_URL/],
    [{ SMTP_URL: 'smtp://' }, /SMTP_URL/],
    [{ MAIL_FROM: 'no address here' }, /MAIL_FROM/],
    [{ MAIL_POLL_MS: '99' }, /MAIL_POLL_MS/],
    [{ MAIL_POLL_MS: '600001' }, /MAIL_POLL_MS/],
    [{ MAIL_POLL_MS: '1s' }, /MAIL_POLL_MS/],
    [{ MAIL_MAX_ATTEMPTS: '0' }, /MAIL_MAX_ATTEMPTS/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of trace, debug, info/],
  ])('fails fast on %p', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });

  it('reads PORT, DATA_DIR and DATABASE_URL', () => {
    const c = loadConfig({ PORT: '4010', DATA_DIR: 'tmp/x', DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'false' }, '/srv');
    expect(c).toMatchObject({ port: 4010, dataDir: '/srv/tmp/x', databaseUrl: 'postgres://u@h/db', seedDemo: false });
  });

  it('reads the mail settings', () => {
    const c = loadConfig(
      { SMTP_URL: ' smtps://mailer:s3cret@smtp.example.jp:465 ', MAIL_FROM: '品川区 物産展 <bussan@city.shinagawa.example>', MAIL_POLL_MS: '100', MAIL_MAX_ATTEMPTS: '3' },
      '/srv',
    );
    expect(c).toMatchObject({
      smtpUrl: 'smtps://mailer:s3cret@smtp.example.jp:465',
      mailFrom: '品川区 物産展 <bussan@city.shinagawa.example>',
      mailPollMs: 100,
      mailMaxAttempts: 3,
    });
    expect(loadConfig({ SMTP_URL: 'SMTP://localhost:2525' }).smtpUrl).toBe('SMTP://localhost:2525');
  });

  it('never repeats the SMTP_URL (it may hold a password) in its error', () => {
    expect(() => loadConfig({ SMTP_URL: 'https://user:hunter2@mail.example.jp' })).toThrow(ConfigError);
    try {
      loadConfig({ SMTP_URL: 'https://user:hunter2@mail.example.jp' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });
});
