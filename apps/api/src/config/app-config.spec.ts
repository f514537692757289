import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults: embedded database, port 3000, samples on', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PGLITE_DATA_DIR).toMatch(/\.data\/pglite$/);
    expect(config.LOAD_SAMPLES).toBe(true);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ LOAD_SAMPLES: 'maybe' })).toThrow(/LOAD_SAMPLES/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.gov.cn, not a url' })).toThrow(/CORS_ORIGINS/);
  });

  it('accepts a real server URL and numeric settings', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dlens', PORT: '8080', UPLOAD_MAX_BYTES: '1000' });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/dlens');
    expect(config.PORT).toBe(8080);
    expect(config.UPLOAD_MAX_BYTES).toBe(1000);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.gov.cn, https://b.gov.cn' }).CORS_ORIGINS).toEqual(['https://a.gov.cn', 'https://b.gov.cn']);
  });
});
