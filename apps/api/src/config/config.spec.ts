import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/app/.data', seedDemo: true, trustProxy: 0 });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
  ])('fails fast on %p', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });

  it('reads PORT, DATA_DIR and DATABASE_URL', () => {
    const c = loadConfig({ PORT: '4010', DATA_DIR: 'tmp/x', DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'false' }, '/srv');
    expect(c).toMatchObject({ port: 4010, dataDir: '/srv/tmp/x', databaseUrl: 'postgres://u@h/db', seedDemo: false });
  });
});
