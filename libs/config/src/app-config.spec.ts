import { ConfigError, loadConfig } from './app-config';

const valid = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017/wmo',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.QUEUE_PREFIX).toBe('{wmo}');
    expect(config.SESSION_MAX_HOURS).toBe(12);
    expect(config.SESSION_COOKIE_SECURE).toBe(true);
  });

  it('turns the secure session cookie off only when told exactly', () => {
    expect(loadConfig({ ...valid, SESSION_COOKIE_SECURE: 'false' }).SESSION_COOKIE_SECURE).toBe(
      false,
    );
    expect(() => loadConfig({ ...valid, SESSION_COOKIE_SECURE: 'no' })).toThrow(
      /SESSION_COOKIE_SECURE/,
    );
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadConfig({ ...valid, JWT_SECRET: 'short', PORT: 'eighty', REDIS_URL: '' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/JWT_SECRET/);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/REDIS_URL/);
  });

  it('keeps requests a year and audit entries two years by default; no audit off in production', () => {
    const config = loadConfig(valid);
    expect(config.REQUEST_RETENTION_DAYS).toBe(365);
    expect(config.AUDIT_RETENTION_DAYS).toBe(730);
    expect(config.AUDIT_SINK).toBe('database');
    expect(loadConfig({ ...valid, AUDIT_SINK: 'none' }).AUDIT_SINK).toBe('none');
    expect(() => loadConfig({ ...valid, AUDIT_SINK: 'none', NODE_ENV: 'production' })).toThrow(
      /AUDIT_SINK/,
    );
  });

  it('rejects a missing MONGODB_URI', () => {
    const { MONGODB_URI: _omitted, ...rest } = valid;
    expect(() => loadConfig(rest)).toThrow(/MONGODB_URI/);
  });

  it('requires the bootstrap admin email and password together', () => {
    expect(() => loadConfig({ ...valid, BOOTSTRAP_ADMIN_EMAIL: 'admin@example.org' })).toThrow(
      /BOOTSTRAP_ADMIN_PASSWORD/,
    );
  });
});
