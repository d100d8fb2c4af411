import { ConfigError, loadConfig, publicUrlHost } from './config';

const SITE = 'https://bussanten.example.jp';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/app/.data', seedDemo: true, trustProxy: 0 });
    expect(c).toMatchObject({ smtpUrl: null, mailFrom: 'Bussanten <no-reply@bussanten.invalid>', mailPollMs: 5000, mailMaxAttempts: 8, logLevel: 'info' });
    expect(loadConfig({ LOG_LEVEL: 'Debug' }).logLevel).toBe('debug');
    expect(c.sessionIdleMinutes).toBe(120);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '30' }).sessionIdleMinutes).toBe(30);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ SMTP_ALLOW_INSECURE: 'sometimes' }, /SMTP_ALLOW_INSECURE/],
    [{ SMTP_URL: 'smtp://user:pw@relay.example.jp:587?ignoreTLS=true' }, /SMTP_URL's "ignoreTLS" query parameter could send the relay's password without TLS/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
    [{ SESSION_IDLE_MINUTES: '4' }, /SESSION_IDLE_MINUTES must be a whole number from 5 to 720/],
    [{ SESSION_IDLE_MINUTES: '721' }, /SESSION_IDLE_MINUTES/],
    [{ SESSION_IDLE_MINUTES: '2h' }, /SESSION_IDLE_MINUTES/],
    [{ SMTP_URL: 'http://mail.example.jp' }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'mail.example.jp:25' }, /SMTP_URL/],
    [{ SMTP_URL: 'smtp://' }, /SMTP_URL/],
    [{ MAIL_FROM: 'no address here' }, /MAIL_FROM/],
    [{ MAIL_POLL_MS: '99' }, /MAIL_POLL_MS/],
    [{ MAIL_POLL_MS: '600001' }, /MAIL_POLL_MS/],
    [{ MAIL_POLL_MS: '1s' }, /MAIL_POLL_MS/],
    [{ MAIL_MAX_ATTEMPTS: '0' }, /MAIL_MAX_ATTEMPTS/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of trace, debug, info/],
    [{ METRICS_TOKEN: 'too-short' }, /METRICS_TOKEN must be at least 24/],
    [{ METRICS_TOKEN: 'a token with spaces in it, long enough' }, /METRICS_TOKEN/],
    [{ METRICS_TOKEN: 'ü'.repeat(30) }, /METRICS_TOKEN/],
    [{ PUBLIC_URL: 'bussanten.example.jp' }, /PUBLIC_URL must be .*\(an absolute http:\/\/ or https:\/\/ URL/],
    [{ PUBLIC_URL: 'ftp://bussanten.example.jp' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://bussanten.example.jp/fairs' }, /PUBLIC_URL .*no path, query or fragment/],
    [{ PUBLIC_URL: 'https://bussanten.example.jp/?a=1' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://bussanten.example.jp/#top' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://bussanten.example.jp?' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://admin:pw@bussanten.example.jp' }, /PUBLIC_URL .*no user name or password/],
  ])('fails fast on %p', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });

  it('takes the site origin from PUBLIC_URL only, else localhost with PORT; production requires PUBLIC_URL', () => {
    expect(loadConfig({}).siteOrigin).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).siteOrigin).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: `${SITE}/`, PORT: '8080' }).siteOrigin).toBe(SITE);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL must be set when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: SITE }).siteOrigin).toBe(SITE);
  });

  it('loads the demo data by default only outside production, whatever the database', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: SITE }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: ' Production ', PUBLIC_URL: SITE }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', NODE_ENV: 'production', PUBLIC_URL: SITE }).seedDemo).toBe(false);
    // The Docker image: NODE_ENV=production, and DATA_DIR=/data for an embedded database without DATABASE_URL.
    expect(loadConfig({ NODE_ENV: 'production', DATA_DIR: '/data', PUBLIC_URL: SITE }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', PUBLIC_URL: SITE }).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('reads PORT, DATA_DIR and DATABASE_URL', () => {
    const c = loadConfig({ PORT: '4010', DATA_DIR: 'tmp/x', DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'false' }, '/srv');
    expect(c).toMatchObject({ port: 4010, dataDir: '/srv/tmp/x', databaseUrl: 'postgres://u@h/db', seedDemo: false });
  });

  it('reads the mail settings', () => {
    const c = loadConfig(
      {
        SMTP_URL: ' smtps://mailer:s3cret@smtp.example.jp:465 ',
        MAIL_FROM: '品川区 物産展 <bussan@city.shinagawa.example>',
        MAIL_POLL_MS: '100',
        MAIL_MAX_ATTEMPTS: '3',
      },
      '/srv',
    );
    expect(c).toMatchObject({
      smtpUrl: 'smtps://mailer:s3cret@smtp.example.jp:465',
      mailFrom: '品川区 物産展 <bussan@city.shinagawa.example>',
      mailPollMs: 100,
      mailMaxAttempts: 3,
    });
    expect(loadConfig({ SMTP_URL: 'SMTP://localhost:2525' }).smtpUrl).toBe('SMTP://localhost:2525');
    expect(c.smtpAllowInsecure).toBe(false);
    expect(loadConfig({ SMTP_ALLOW_INSECURE: 'true' }).smtpAllowInsecure).toBe(true);
    // A relay without TLS may switch it off with SMTP_ALLOW_INSECURE.
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@relay:25?ignoreTLS=true', SMTP_ALLOW_INSECURE: 'true' }).smtpUrl).toBe('smtp://u:p@relay:25?ignoreTLS=true');
  });

  it('reads PUBLIC_URL as an origin: scheme, host and any port, no trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: ' https://Bussanten.Example.JP/ ' }).publicUrl).toBe('https://bussanten.example.jp');
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_URL: 'https://物産展.example' }).publicUrl).toBe('https://xn--ygtr72c32b.example');
    expect(publicUrlHost({ PUBLIC_URL: 'https://bussanten.example.jp:8443/' })).toBe('bussanten.example.jp');
    expect(publicUrlHost({})).toBeNull();
  });

  it('never shows a PUBLIC_URL that holds credentials', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://admin:hunter2@bussanten.example.jp' })).toThrow(/^(?!.*hunter2)/);
  });

  it('reads METRICS_TOKEN, and never shows a refused one', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: ' 0123456789abcdef0123456789abcdef ' }).metricsToken).toBe('0123456789abcdef0123456789abcdef');
    expect(() => loadConfig({ METRICS_TOKEN: 'hunter2-hunter2' })).toThrow(/^(?!.*hunter2)/);
  });

  it.each(['https://user:hunter2@mail.example.jp', 'smtp://user:hunter2@mail.example.jp:587?ignoreTLS=true'])(
    'never repeats the SMTP_URL (it may hold a password) in its error: %s',
    (url) => {
      expect(() => loadConfig({ SMTP_URL: url })).toThrow(ConfigError);
      try {
        loadConfig({ SMTP_URL: url });
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2');
      }
    },
  );
});
