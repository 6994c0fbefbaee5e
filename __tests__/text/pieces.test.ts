import { describe, expect, it } from '@jest/globals';
import {
  clausesOutsideParentheses,
  firstIndexOf,
  matchingParen,
  splitTopLevel,
  trimCharacters,
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

  it('trims a set of characters from each end, the ends sets apart when given', () => {
    expect(trimCharacters('`/api/seeds`,', '`*_[', '`*_:,;]')).toBe('/api/seeds');
    expect(trimCharacters('//a/b//', '/')).toBe('a/b');
    expect(trimCharacters('***', '*')).toBe('');
  });

  it('cuts a note into clauses at commas and semicolons outside parentheses', () => {
    expect(clausesOutsideParentheses('GET (list, filter); POST (create),, DELETE)')).toEqual([
      'GET (list, filter)',
      'POST (create)',
      'DELETE)'
    ]);
  });
});
