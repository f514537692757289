import { describe, expect, it } from 'vitest';
import { getLocation, navigate, subscribeLocation } from './history-store';
import { matchPath } from './match';
import { buildHref, patchSearch, readEnum, readInt, readIntList, readList, readRegionCode } from './url-state';

describe('patchSearch', () => {
  it('sets, replaces and removes parameters; lists are comma-joined; defaults vanish', () => {
    expect(patchSearch('?a=1&b=2', { b: 3, c: ['x', 'y'] })).toBe('?a=1&b=3&c=x%2Cy');
    expect(patchSearch('?a=1', { a: null })).toBe('');
    expect(patchSearch('?a=1', { a: '' , b: [] })).toBe('');
    expect(patchSearch('', { flag: true, off: false })).toBe('?flag=1');
  });
});

describe('buildHref', () => {
  it('keeps the language of the current URL', () => {
    expect(buildHref('/compare', { year: 2024 }, '?lang=en&scope=210000')).toBe('/compare?lang=en&year=2024');
    expect(buildHref('/compare', {}, '')).toBe('/compare');
  });
});

describe('readers', () => {
  const params = new URLSearchParams('year=2024&bad=20x&list=a,b,,a&ids=1,x,3&peer=NATIONWIDE&scope=210500&short=2105');
  it('read typed values and ignore malformed ones', () => {
    expect(readInt(params, 'year')).toBe(2024);
    expect(readInt(params, 'bad')).toBeNull();
    expect(readList(params, 'list')).toEqual(['a', 'b']);
    expect(readIntList(params, 'ids')).toEqual([1, 3]);
    expect(readEnum(params, 'peer', ['SAME_PARENT', 'NATIONWIDE'] as const, 'SAME_PARENT')).toBe('NATIONWIDE');
    expect(readEnum(params, 'nope', ['A', 'B'] as const, 'A')).toBe('A');
    expect(readRegionCode(params, 'scope')).toBe('210500');
    expect(readRegionCode(params, 'short')).toBeNull();
  });
});

describe('matchPath', () => {
  it('matches static and parameter segments', () => {
    expect(matchPath('/reports/:id', '/reports/42')).toEqual({ id: '42' });
    expect(matchPath('/reports/:id', '/reports/42/')).toEqual({ id: '42' });
    expect(matchPath('/compare', '/compare')).toEqual({});
    expect(matchPath('/compare', '/trends')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });
});

describe('history store', () => {
  it('pushes a URL, notifies subscribers and follows popstate', () => {
    const seen: string[] = [];
    const unsubscribe = subscribeLocation(() => seen.push(getLocation().pathname + getLocation().search));
    navigate('/compare?year=2024');
    expect(window.location.pathname).toBe('/compare');
    window.history.pushState(null, '', '/trends');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/compare?year=2024', '/trends']);
    unsubscribe();
  });

  it('keeps the same snapshot object while the URL is unchanged', () => {
    expect(getLocation()).toBe(getLocation());
  });
});
