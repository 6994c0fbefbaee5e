import { describe, expect, it } from '@jest/globals';
import {
  clausesOutsideParentheses,
  firstIndexOf,
  matchingParen,
  splitTopLevel,
  trimSeparators
} from '../../src/core/text/pieces.js';

describe('pieces of a line', () => {
  it('finds the parenthesis that closes the one opened, nested ones included', () => {
    expect(matchingParen('f(a(b)) c', 1)).toBe(6);
    expect(matchingParen('f(a(b c', 1)).toBe(-1);
  });

  it('splits at separators outside brackets only', () => {
    expect(splitTopLevel('string, Map<Seed, Tray>, [a, b]', ',')).toEqual([
      'string',
      ' Map<Seed, Tray>',
      ' [a, b]'
    ]);
  });

  it('finds the first of several markers', () => {
    expect(firstIndexOf('UUID - primary key (indexed)', [' (', ' - '])).toBe(4);
    expect(firstIndexOf('UUID', [' (', ' - '])).toBe(-1);
  });

  it('drops leading separators', () => {
    expect(trimSeparators(' — : sown in spring ')).toBe('sown in spring');
  });

  it('cuts a note into clauses at commas and semicolons outside parentheses', () => {
    expect(clausesOutsideParentheses('GET (list, filter); POST (create),, DELETE)')).toEqual([
      'GET (list, filter)',
      'POST (create)',
      'DELETE)'
    ]);
  });
});
