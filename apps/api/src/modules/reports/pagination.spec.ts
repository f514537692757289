import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, SqlParams } from './pagination.js';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions['code'];
  }
  return undefined;
};

describe('pagination', () => {
  it('defaults the page size and refuses one over the cap or negative', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(codeOf(() => pageSize(MAX_PAGE_SIZE + 1))).toBe('INVALID_PAGE_SIZE');
    expect(codeOf(() => pageSize(-1))).toBe('INVALID_PAGE_SIZE');
  });

  it('round-trips a cursor and refuses one of another list, shape or encoding', () => {
    const cursor = encodeCursor('reports', [2024, '桓仁满族自治县', 7]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('reports', cursor, ['number', 'string', 'number'])).toEqual([2024, '桓仁满族自治县', 7]);
    expect(codeOf(() => decodeCursor('findings', cursor, ['number', 'string', 'number']))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor('reports', cursor, ['number', 'number', 'number']))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor('reports', 'not a cursor', ['number']))).toBe('INVALID_CURSOR');
  });

  it('numbers SQL parameters in the order they are added', () => {
    const params = new SqlParams([1]);
    expect(params.add('a')).toBe('$2');
    expect(params.add(null)).toBe('$3');
    expect(params.values).toEqual([1, 'a', null]);
  });
});
