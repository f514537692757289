import { describe, expect, it } from 'vitest';
import { dictionaries } from './dictionary';
import { interpolate, localeOf, readLang, urlWithLang } from './language';

describe('readLang', () => {
  it('defaults to Chinese and reads ?lang=en', () => {
    expect(readLang('')).toBe('zh');
    expect(readLang('?lang=en')).toBe('en');
    expect(readLang('?x=1&lang=en')).toBe('en');
    expect(readLang('?lang=fr')).toBe('zh');
  });
});

describe('urlWithLang', () => {
  it('sets lang=en and removes it for Chinese, keeping other parameters and the hash', () => {
    expect(urlWithLang('http://h/a?x=1#top', 'en')).toBe('http://h/a?x=1&lang=en#top');
    expect(urlWithLang('http://h/a?lang=en&x=1', 'zh')).toBe('http://h/a?x=1');
    expect(urlWithLang('http://h/?lang=en', 'zh')).toBe('http://h/');
  });
});

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(interpolate('单位：{unit}', { unit: '件' })).toBe('单位：件');
    expect(interpolate('{a}/{b}', { a: 1 })).toBe('1/{b}');
    expect(interpolate('plain')).toBe('plain');
  });
});

describe('dictionaries', () => {
  it('have the same keys and no empty string in either language', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(dictionaries[lang])) expect(text, `${lang}:${key}`).not.toBe('');
    }
  });

  it('map languages to locales', () => {
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en');
  });
});
